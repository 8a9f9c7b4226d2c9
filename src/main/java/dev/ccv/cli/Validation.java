package dev.ccv.cli;

import dev.ccv.bundle.BackgroundTask;
import dev.ccv.bundle.BundleOpener;
import dev.ccv.bundle.InputDigests;
import dev.ccv.bundle.IntegrityCheck;
import dev.ccv.bundle.OpenedBundle;
import dev.ccv.bundle.ProgressListener;
import dev.ccv.engine.Engine;
import dev.ccv.files.RunInputs;
import dev.ccv.engine.ReportAssembler;
import dev.ccv.loading.AuditLoader;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.loading.SubmissionValidator;
import dev.ccv.model.Audit;
import dev.ccv.model.InputError;
import dev.ccv.model.InputFile;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Submission;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.Report;
import dev.ccv.report.Redactor;
import dev.ccv.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How one bundle is validated, wired from the loaders, the engine and the redactor: open the bundle,
 * load and cross-check the inputs, verify integrity, evaluate. {@code ccv validate} runs it once and
 * {@code ccv batch} once per bundle, from several threads at once; the checklists are read and
 * compiled once per instance.
 */
final class Validation {

    /** The partner's seal and the auditor's, each listed among the inputs when present. */
    private static final List<String> MANIFESTS = List.of("MANIFEST.sha256", "audit/MANIFEST.sha256");

    private final Environment environment;
    private final ValidationOptions options;
    private ChecklistChoice checklists;

    Validation(Environment environment, ValidationOptions options) {
        this.environment = environment;
        this.options = options;
    }

    /**
     * Reads the {@code --checklist} files, once; the first validation does it if nothing did before.
     * A mistake in one is an input error.
     */
    synchronized ChecklistChoice checklists() {
        if (checklists == null) {
            checklists = new ChecklistChoice(environment, options.checklists());
        }
        return checklists;
    }

    /**
     * The report of one bundle, as every report format is written from it; the exit code is
     * {@link Report#exitCode()}. Invalid input throws an {@link InvalidInputException} (an unreadable
     * file, an {@link java.io.UncheckedIOException}); a zip's extracted copy is gone when this returns.
     */
    Report validate(BundleInput input, StatusLine status, ProgressListener hashing) {
        return validate(input, status, hashing, List.of());
    }

    /**
     * {@link #validate(BundleInput, StatusLine, ProgressListener)}, refusing before evaluating (an input
     * error naming both) any of the {@code reports} whose file would replace a file this run reads.
     */
    Report validate(BundleInput input, StatusLine status, ProgressListener hashing, List<ReportTarget> reports) {
        try (OpenedBundle bundle = BundleOpener.open(input.path(), input.bundleRoot(), input.audit());
             // hashing a sealed bundle is most of a run's time: it starts now, while the inputs are read
             IntegrityCheck integrityCheck = IntegrityCheck.start(bundle.root());
             BackgroundTask<List<InputFile>> inputDigests = InputDigests.start(bundle, inputFiles(bundle))) {
            return evaluate(input, bundle, integrityCheck, inputDigests, status, hashing, reports);
        }
    }

    private Report evaluate(BundleInput input, OpenedBundle bundle, IntegrityCheck integrityCheck,
                            BackgroundTask<List<InputFile>> inputDigests, StatusLine status, ProgressListener hashing,
                            List<ReportTarget> reports) {
        status.phase("reading " + bundle.displayName(bundle.selfAssessment()));
        EvidenceResolver evidence = new EvidenceResolver(bundle.files());
        // both files are read before giving up, so that the user sees the errors of both at once
        List<InputError> errors = new ArrayList<>();
        SelfAssessment assessment = collecting(errors, () -> new SelfAssessmentLoader(checklists()).load(
                bundle.read(bundle.selfAssessment(), YamlReader.MAX_BYTES), bundle.displayName(bundle.selfAssessment()),
                evidence));
        Optional<Audit> audit = bundle.audit().map(file -> collecting(errors, () -> new AuditLoader()
                .load(bundle.read(file, YamlReader.MAX_BYTES), bundle.displayName(file), evidence)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the checklist's own errors come before the submission's, which may follow from them
        CompiledChecklist checklist = checklists().choose(assessment);
        SubmissionValidator.validate(checklist.checklist(), assessment, audit);
        refuseReplacingInputs(reports, runInputs(input, bundle, assessment, audit));

        status.phase("checking the bundle's integrity");
        Integrity integrity = integrityCheck.result(LocalReferences.of(assessment, audit), hashing);
        AsOf asOf = AsOf.choose(options.asOf(), audit, assessment, environment);
        Submission submission = new Submission(checklist.checklist(), assessment, audit, asOf.date(), asOf.source(),
                inputDigests.get(), RemediationDigests.of(bundle.root(), audit), options.failOn());
        status.phase("evaluating " + checklist.checklist().itemCount() + " items for "
                + assessment.caseStudies().size() + " case studies");
        Evaluation evaluation = new Engine().evaluate(submission, checklist.checks());
        Report report = ReportAssembler.assemble(submission, evaluation, VersionProvider.version(), integrity);
        return options.redact() ? new Redactor().redact(report, submission) : report;
    }

    /** Every file this run reads that a report could be asked to replace. */
    private RunInputs runInputs(BundleInput input, OpenedBundle bundle, SelfAssessment assessment,
                                Optional<Audit> audit) {
        RunInputs inputs = new RunInputs();
        inputs.add(input.path(), shown(input.path()));
        Optional.ofNullable(input.audit()).ifPresent(file -> inputs.add(file, shown(file)));
        String shownRoot = bundle.extraction().isEmpty() && bundle.root().equals(input.path().toAbsolutePath().normalize())
                ? shown(input.path()) + "/" : "";
        inputs.add(bundle.selfAssessment(), shownRoot + bundle.displayName(bundle.selfAssessment()));
        bundle.audit().ifPresent(file -> inputs.add(file, shownRoot + bundle.displayName(file)));
        for (String manifest : MANIFESTS) {
            inputs.add(bundle.root().resolve(manifest), shownRoot + manifest);
        }
        for (String reference : LocalReferences.of(assessment, audit)) {
            inputs.add(bundle.root().resolve(reference), shownRoot + reference);
        }
        for (String checklist : options.checklists()) {
            Path file = environment.resolve(Path.of(checklist));
            if (Files.isRegularFile(file)) {
                inputs.add(file, checklist);
            }
        }
        return inputs;
    }

    /** A path as the user would have typed it: relative to the working folder when it is inside it. */
    private String shown(Path path) {
        Path folder = environment.workingDirectory();
        return path.isAbsolute() && path.startsWith(folder) ? folder.relativize(path).toString() : path.toString();
    }

    private void refuseReplacingInputs(List<ReportTarget> reports, RunInputs inputs) {
        List<InputError> errors = new ArrayList<>();
        for (ReportTarget report : reports) {
            report.path().flatMap(path -> inputs.overwrites(environment.resolve(path), path.toString(),
                    "the " + report.format() + " report")).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The files the reports list with their SHA-256: the YAML read, and each manifest present. */
    private static List<Path> inputFiles(OpenedBundle bundle) {
        List<Path> files = new ArrayList<>();
        files.add(bundle.selfAssessment());
        bundle.audit().ifPresent(files::add);
        for (String manifest : MANIFESTS) {
            Path file = bundle.root().resolve(manifest);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                files.add(file);
            }
        }
        return files;
    }

    private static <T> T collecting(List<InputError> errors, Supplier<T> load) {
        try {
            return load.get();
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }
}
