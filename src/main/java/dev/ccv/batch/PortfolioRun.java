package dev.ccv.batch;

import dev.ccv.bundle.FoundBundle;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.PortfolioTotals;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Validates the bundles found, on a number of threads, and keeps their outcomes in path order in
 * an {@link OutcomeSpool} while adding up the totals; {@code progress} hears of each outcome as it
 * is kept. Closing it removes the spool.
 */
public final class PortfolioRun implements AutoCloseable {

    private final OutcomeSpool spool = OutcomeSpool.create();
    private PortfolioTotals totals = PortfolioTotals.NONE;

    /** Runs {@code validate} over every bundle; an interruption stops it, leaving what was kept so far. */
    public void run(Iterator<FoundBundle> bundles, Function<FoundBundle, BundleOutcome> validate, int jobs,
                    Consumer<BundleOutcome> progress) throws InterruptedException {
        new OrderedPool(jobs).run(bundles, validate, outcome -> {
            spool.add(outcome);
            totals = totals.plus(outcome);
            progress.accept(outcome);
        });
    }

    /** The outcomes kept, in path order, read back as often as asked. */
    public Iterable<BundleOutcome> outcomes() {
        return spool;
    }

    /** The spool's file, for tests that check it is gone. */
    java.nio.file.Path spoolFile() {
        return spool.file();
    }

    public PortfolioTotals totals() {
        return totals;
    }

    @Override
    public void close() {
        spool.close();
    }
}
