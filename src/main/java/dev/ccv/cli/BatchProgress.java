package dev.ccv.cli;

import dev.ccv.bundle.BundleDiscovery;
import dev.ccv.bundle.BundleDiscovery.SearchPath;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a batch shows while it runs, on standard error: on a terminal, a progress bar of the
 * bundles done out of those found and the failures so far; anywhere, the warnings of the search
 * for bundles, one line each.
 */
final class BatchProgress implements Consumer<BundleOutcome>, AutoCloseable {

    private final PrintWriter err;
    private final TerminalProgressBar bar;
    private volatile int failures;

    private BatchProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.bar = terminal ? new TerminalProgressBar(err, new Bundles()) : null;
    }

    /**
     * A progress bar on a terminal, which first counts the bundles under {@code paths} (a second
     * search, without its warnings: cheap beside validating them); elsewhere only the warnings.
     */
    static BatchProgress forEnvironment(Environment environment, PrintWriter err, List<SearchPath> paths) {
        BatchProgress progress = new BatchProgress(err, environment.progressTerminal());
        if (progress.bar != null) {
            long found = 0;
            for (var bundles = BundleDiscovery.under(paths, warning -> { }); bundles.hasNext(); bundles.next()) {
                found++;
            }
            progress.bar.started(found);
        }
        return progress;
    }

    /** A warning of the search, e.g. a link not followed. */
    void warn(String warning) {
        if (bar != null) {
            bar.interject("ccv: " + warning);
        } else {
            err.println("ccv: " + warning);
            err.flush();
        }
    }

    @Override
    public void accept(BundleOutcome outcome) {
        if (outcome.exitCode() != ExitCode.PASS) {
            failures++;
        }
        if (bar != null) {
            bar.advanced(1);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.finished();
        }
    }

    /** The bar's amounts: bundles done out of those found, and the failures so far. */
    private final class Bundles implements TerminalProgressBar.Gauge {
        @Override
        public String label() {
            return "Validating";
        }

        @Override
        public String amounts(long done, long total) {
            return done + "/" + total + " bundles, " + failures + (failures == 1 ? " failure" : " failures");
        }
    }
}
