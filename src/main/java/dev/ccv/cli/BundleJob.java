package dev.ccv.cli;

import dev.ccv.bundle.FoundBundle;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Report;
import dev.ccv.report.ReportFormats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One bundle of a batch: validated exactly as {@code ccv validate} validates it, its reports written
 * under {@code --out}, and whatever happens (invalid input, an unreadable file, even a bug) turned
 * into its outcome, so that it never stops the other bundles. Runs on several threads at once.
 */
final class BundleJob implements Function<FoundBundle, BundleOutcome> {

    private final Function<BundleInput, Report> validation;
    private final Environment environment;
    private final Optional<Path> out;
    private final List<String> formats;
    private final PrintWriter err;
    private final boolean debug;

    /**
     * {@code validation}: how each bundle is validated ({@link Validation#validate}, without a status
     * line or progress of its own); {@code out}: the folder of each bundle's reports in {@code formats},
     * empty when none are written.
     */
    BundleJob(Function<BundleInput, Report> validation, Environment environment, Optional<Path> out, List<String> formats, PrintWriter err,
              boolean debug) {
        this.validation = validation;
        this.environment = environment;
        this.out = out;
        this.formats = List.copyOf(formats);
        this.err = err;
        this.debug = debug;
    }

    @Override
    public BundleOutcome apply(FoundBundle found) {
        if (found.problem().isPresent()) {
            return BundleOutcome.notEvaluated(found.display(), found.name(),
                    ExitCode.INVALID_INPUT, List.of(found.problem().get()));
        }
        try {
            BundleInput input = BundleInput.bundle(found.path());
            Report report = validation.apply(input);
            // standard output is never a target here: each report goes to its file under --out
            new ReportWriter(environment, null, SarifLocations.choose(environment.workingDirectory(), input, null))
                    .writeAll(report, targets(found.name()));
            return BundleOutcome.of(found.display(), found.name(), report);
        } catch (RuntimeException | Error thrown) {
            Failure failure = Failure.of(thrown);
            if (debug && failure.code() == ExitCode.INTERNAL_ERROR) {
                synchronized (err) {
                    err.println("ccv: " + found.display() + ":");
                    thrown.printStackTrace(err);
                    err.flush();
                }
            }
            return BundleOutcome.notEvaluated(found.display(), found.name(), failure.code(), failure.lines());
        }
    }

    /** {@code OUT/<name>.<extension>} for each format. */
    private List<ReportTarget> targets(String name) {
        List<ReportTarget> targets = new ArrayList<>();
        if (out.isPresent()) {
            for (String format : formats) {
                targets.add(new ReportTarget(format,
                        Optional.of(out.get().resolve(name + "." + ReportFormats.extension(format)))));
            }
        }
        return targets;
    }
}
