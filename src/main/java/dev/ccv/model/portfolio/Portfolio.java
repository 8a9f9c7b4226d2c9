package dev.ccv.model.portfolio;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What every summary format of a batch is written from: the run's settings, its bundles in path
 * order (read as often as a format needs, never all held at once) and its totals.
 *
 * @param asOf     the date given with {@code --as-of}, the same for every bundle; empty when each
 *                 bundle's own date applied
 * @param redacted whether the bundles' reports were redacted
 */
public record Portfolio(String toolVersion, Optional<LocalDate> asOf, boolean redacted,
                        Iterable<BundleOutcome> bundles, PortfolioTotals totals) {
}
