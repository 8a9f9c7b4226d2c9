package dev.ccv.model.result;

/**
 * Counts over a run. {@code items} counts checklist items, each rolled up over its results:
 * unmet if any result is unmet, not applicable if all are, met otherwise; so
 * {@code items == met + unmet + notApplicable}. Finding counts are per finding.
 */
public record Summary(
        int items,
        int met,
        int unmet,
        int notApplicable,
        int criticalOpen,
        int criticalRemediated,
        int criticalUnremediable,
        int observations) {
}
