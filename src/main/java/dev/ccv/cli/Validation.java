package dev.ccv.cli;

import dev.ccv.bundle.BackgroundTask;
import dev.ccv.bundle.BundleOpener;
import dev.ccv.bundle.InputDigests;
import dev.ccv.bundle.IntegrityCheck;
import dev.ccv.bundle.OpenedBundle;
import dev.ccv.engine.Check;
import dev.ccv.engine.CheckTypes;
import dev.ccv.engine.Engine;
import dev.ccv.engine.ReportAssembler;
import dev.ccv.loading.AuditLoader;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.loading.SubmissionValidator;
import dev.ccv.model.Audit;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InputFile;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Submission;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.Report;
import dev.ccv.report.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code ccv validate} run, wired from the loaders, the engine and the reporters:
 * open the bundle, load and cross-check the inputs, verify integrity, evaluate, write reports.
 */
final class Validation {

    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    Validation(Environment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    ExitCode run(ValidateRequest request) {
        try (OpenedBundle bundle = BundleOpener.open(request.path(), request.bundleRoot(), request.audit());
             // hashing a sealed bundle is most of a run's time: it starts now, while the inputs are read
             IntegrityCheck integrityCheck = IntegrityCheck.start(bundle.root());
             BackgroundTask<List<InputFile>> inputDigests = InputDigests.start(bundle, inputFiles(bundle))) {
            Report report;
            try (StatusLine status = StatusLine.forEnvironment(environment, err)) {
                report = evaluate(request, bundle, integrityCheck, inputDigests, status);
            }
            new ReportWriter(environment, out).writeAll(report, request.reports());
            if (report.integrity().failed()) {
                err.println("ccv: integrity failure: " + report.integrity().problems().size()
                        + " file(s) do not match MANIFEST.sha256 (see the report).");
            }
            return report.exitCode();
        }
    }

    private Report evaluate(ValidateRequest request, OpenedBundle bundle, IntegrityCheck integrityCheck,
                            BackgroundTask<List<InputFile>> inputDigests, StatusLine status) {
        status.phase("reading " + bundle.displayName(bundle.selfAssessment()));
        EvidenceResolver evidence = new EvidenceResolver(bundle.root());
        // both files are read before giving up, so that the user sees the errors of both at once
        List<InputError> errors = new ArrayList<>();
        SelfAssessment assessment = collecting(errors, () -> new SelfAssessmentLoader()
                .load(bundle.selfAssessment(), bundle.displayName(bundle.selfAssessment()), evidence));
        Optional<Audit> audit = bundle.audit().map(file -> collecting(errors,
                () -> new AuditLoader().load(file, bundle.displayName(file), evidence)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Checklist checklist = new ChecklistChoice(environment, request.checklists()).choose(assessment);
        // the checklist's own errors come before the submission's, which may follow from them
        Map<String, Check> checks = CheckTypes.compile(checklist);
        SubmissionValidator.validate(checklist, assessment, audit);

        status.phase("checking the bundle's integrity");
        Integrity integrity = integrityCheck.result(LocalReferences.of(assessment, audit),
                Progress.forEnvironment(environment, err));
        Submission submission = new Submission(checklist, assessment, audit, request.asOf(), inputDigests.get());
        status.phase("evaluating " + checklist.itemCount() + " items for " + assessment.caseStudies().size()
                + " case studies");
        Evaluation evaluation = new Engine().evaluate(submission, checks);
        Report report = ReportAssembler.assemble(submission, evaluation, VersionProvider.version(), integrity);
        return request.redact() ? new Redactor().redact(report) : report;
    }

    private static List<Path> inputFiles(OpenedBundle bundle) {
        List<Path> files = new ArrayList<>();
        files.add(bundle.selfAssessment());
        bundle.audit().ifPresent(files::add);
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
