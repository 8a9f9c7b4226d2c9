package dev.ccv.model.portfolio;

import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Summary;

/**
 * The totals of a batch: how many bundles ended with each exit code, the counts of the evaluated
 * ones added together, and the run's exit code, the highest of the bundles' (0, 1, 2, 3, 70).
 */
public record PortfolioTotals(int passed, int failed, int invalid, int integrityFailures, int internalErrors,
                              Summary summary, ExitCode exitCode) {

    public static final PortfolioTotals NONE = new PortfolioTotals(0, 0, 0, 0, 0,
            new Summary(0, 0, 0, 0, 0, 0, 0, 0), ExitCode.PASS);

    /** These totals with one more bundle. */
    public PortfolioTotals plus(BundleOutcome outcome) {
        ExitCode code = outcome.exitCode();
        Summary counts = outcome.evaluated().map(evaluated -> add(summary, evaluated.summary())).orElse(summary);
        return new PortfolioTotals(
                passed + (code == ExitCode.PASS ? 1 : 0),
                failed + (code == ExitCode.FAIL ? 1 : 0),
                invalid + (code == ExitCode.INVALID_INPUT ? 1 : 0),
                integrityFailures + (code == ExitCode.INTEGRITY_FAILURE ? 1 : 0),
                internalErrors + (code == ExitCode.INTERNAL_ERROR ? 1 : 0),
                counts,
                code.compareTo(exitCode) > 0 ? code : exitCode);
    }

    public int bundles() {
        return passed + failed + invalid + integrityFailures + internalErrors;
    }

    /** The bundles that did not pass. */
    public int failures() {
        return bundles() - passed;
    }

    private static Summary add(Summary a, Summary b) {
        return new Summary(a.items() + b.items(), a.met() + b.met(), a.unmet() + b.unmet(),
                a.notApplicable() + b.notApplicable(), a.criticalOpen() + b.criticalOpen(),
                a.criticalRemediated() + b.criticalRemediated(), a.criticalUnremediable() + b.criticalUnremediable(),
                a.observations() + b.observations());
    }
}
