package dev.ccv.cli;

import dev.ccv.batch.PortfolioRun;
import dev.ccv.bundle.BundleDiscovery;
import dev.ccv.bundle.BundleDiscovery.SearchPath;
import dev.ccv.bundle.ProgressListener;
import dev.ccv.files.OutputFile;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.report.RenderOptions;
import dev.ccv.report.SummaryFormats;
import dev.ccv.report.SummaryReporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code ccv batch}: validates every bundle found under the PATHs, each as {@code ccv validate}
 * would, on several threads; writes each bundle's reports under {@code --out} and one portfolio
 * summary; exits with the highest of the bundles' exit codes.
 */
final class BatchCommand extends Subcommand {

    private final PositionalParamSpec paths = add(PositionalParamSpec.builder()
            .index("0..*").arity("1..*").type(List.class).auxiliaryTypes(Path.class)
            .paramLabel("PATH").description("A folder to search for bundles, a bundle folder, or a bundle .zip.").build());

    private final OptionSpec out = add(OptionSpec.builder("--out").type(Path.class).paramLabel("DIR")
            .description("Where each bundle's reports go: DIR/<bundle path relative to its PATH>.<extension>.").build());

    private final OptionSpec reports = add(OptionSpec.builder("--report").type(List.class)
            .auxiliaryTypes(ReportTarget.class).converters(new ReportTarget.Converter()).paramLabel("FORMAT")
            .completionCandidates(new FormatNames())
            .description("A report to write for each bundle under --out. Repeatable. Formats:"
                    + " ${COMPLETION-CANDIDATES}. Default, with --out: text.").build());

    private final OptionSpec summaries = add(OptionSpec.builder("--summary").type(List.class)
            .auxiliaryTypes(ReportTarget.class).converters(new ReportTarget.Converter("--summary", SummaryFormats.names()))
            .paramLabel("FORMAT[=PATH]")
            .description("The portfolio summary: one line per bundle, then totals; without PATH, to standard output"
                    + " (one summary at most). Repeatable. Formats: " + String.join(", ", SummaryFormats.names())
                    + ". Default: text to standard output.").build());

    private final OptionSpec jobs = add(OptionSpec.builder("--jobs").type(int.class).paramLabel("N")
            .description("How many bundles are validated at once (default: the number of cores).").build());

    private final ValidationArguments validation = new ValidationArguments(this);

    BatchCommand(Environment environment) {
        super(environment, "batch",
                "Validates every bundle found under the PATHs, each as `ccv validate` would, and writes one"
                        + " portfolio summary (and, with --out, each bundle's reports).",
                "A bundle is a folder holding self-assessment.yaml, or a .zip of one; bundles found are not searched"
                        + " further. Exit code: the highest of the bundles' (0, 1, 2, 3, 70).");
    }

    @Override
    public Integer call() {
        List<SearchPath> roots = roots();
        Optional<Path> outFolder = Optional.ofNullable((Path) out.getValue()).map(environment()::resolve);
        List<String> formats = reportFormats(outFolder);
        List<ReportTarget> summaryTargets = summaryTargets();
        int threads = threads();
        outFolder.ifPresent(folder -> requireOutsideBundles(folder, out.getValue()));
        ValidationOptions options = validation.options(environment());
        Validation bundles = new Validation(environment(), options);
        bundles.checklists(); // a mistake in a --checklist file stops the batch before any bundle
        BundleJob job = new BundleJob(input -> bundles.validate(input, StatusLine.silent(), ProgressListener.NONE),
                environment(), outFolder, formats, err(),
                ErrorHandler.isDebug(spec.commandLine().getParseResult()));
        try (PortfolioRun run = new PortfolioRun();
             BatchProgress progress = BatchProgress.forEnvironment(environment(), err(), roots)) {
            run.run(BundleDiscovery.under(roots, progress::warn), job, threads, progress);
            progress.close();
            if (run.totals().bundles() == 0) {
                throw new InvalidInputException(new InputError(SourcePosition.of(String.join(" ",
                        roots.stream().map(SearchPath::given).toList())), "no bundle found; a bundle is a folder holding"
                        + " self-assessment.yaml, or a .zip of one"));
            }
            Portfolio portfolio = new Portfolio(VersionProvider.version(), Optional.ofNullable(options.asOf()),
                    options.redact(), run.outcomes(), run.totals());
            for (ReportTarget target : summaryTargets) {
                writeSummary(portfolio, target, outFolder.filter(folder -> formats.contains("html")));
            }
            return run.totals().exitCode().code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        }
    }

    private List<SearchPath> roots() {
        List<SearchPath> roots = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path given : Subcommand.<Path>values(paths)) {
            Path path = environment().resolve(given);
            if (!Files.exists(path)) {
                errors.add(new InputError(SourcePosition.of(given.toString()), "no such file or folder"));
            } else if (!Files.isDirectory(path) && !BundleDiscovery.isBundle(path)) {
                errors.add(new InputError(SourcePosition.of(given.toString()), "is neither a folder nor a .zip;"
                        + " give a folder of bundles, a bundle folder or a bundle .zip"));
            }
            roots.add(new SearchPath(path, given.toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return roots;
    }

    /** The formats of each bundle's reports under --out, which only they may name. */
    private List<String> reportFormats(Optional<Path> outFolder) {
        List<ReportTarget> targets = values(reports);
        for (ReportTarget target : targets) {
            if (target.path().isPresent()) {
                throw usage("`--report " + target.format() + "=" + target.path().get() + "`: in a batch, each"
                        + " bundle's reports go under --out DIR, named after the bundle; write --report " + target.format());
            }
        }
        if (!targets.isEmpty() && outFolder.isEmpty()) {
            throw usage("--report needs --out DIR, the folder each bundle's reports go into");
        }
        if (outFolder.isEmpty()) {
            return List.of();
        }
        return targets.isEmpty() ? List.of("text") : targets.stream().map(ReportTarget::format).distinct().toList();
    }

    private List<ReportTarget> summaryTargets() {
        List<ReportTarget> targets = values(summaries);
        if (targets.stream().filter(target -> target.path().isEmpty()).count() > 1) {
            throw usage("two summaries would go to standard output; at most one can: give the others a file,"
                    + " for example --summary json=summary.json");
        }
        return targets.isEmpty() ? List.of(ReportTarget.DEFAULT) : targets;
    }

    private int threads() {
        Integer given = jobs.getValue();
        if (given == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (given < 1) {
            throw usage("--jobs " + given + ": give at least 1");
        }
        return given;
    }

    /** Reports written into a bundle would change it (and break its seal). */
    private void requireOutsideBundles(Path folder, Path given) {
        Path workingDirectory = environment().workingDirectory().toAbsolutePath().normalize();
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at) && BundleDiscovery.isBundle(at)) {
                Path shown = at.startsWith(workingDirectory) ? workingDirectory.relativize(at) : at;
                throw usage("--out " + given + " is inside the bundle " + shown + "; reports written there would"
                        + " change it: choose a folder outside every bundle");
            }
        }
    }

    private void writeSummary(Portfolio portfolio, ReportTarget target, Optional<Path> htmlReports) {
        boolean toTerminal = target.path().isEmpty();
        Optional<Path> file = target.path().map(environment()::resolve);
        Path from = file.map(path -> path.toAbsolutePath().getParent()).orElse(environment().workingDirectory());
        Optional<String> href = htmlReports.map(folder -> HtmlLinks.relative(from, folder));
        SummaryReporter reporter = SummaryFormats.create(target.format(),
                new RenderOptions(toTerminal && environment().colorTerminal()), href).orElseThrow();
        if (file.isPresent()) {
            OutputFile.write(file.get(), target.path().get().toString(), stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                reporter.write(portfolio, writer);
                writer.flush();
            });
            return;
        }
        try {
            reporter.write(portfolio, out());
            out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
