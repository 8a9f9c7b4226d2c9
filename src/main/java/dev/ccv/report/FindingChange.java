package dev.ccv.report;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingState;

/**
 * How one finding, identified by item and case study, differs between two reports.
 * {@code before} is null for a finding that appeared, {@code after} for one no longer reported.
 */
public record FindingChange(Kind kind, Finding before, Finding after) {

    /** Appeared in the new report; resolved (gone or now remediated); or changed state, severity or blocking. */
    public enum Kind { APPEARED, RESOLVED, CHANGED }

    /** The change between two versions of a finding with the same key, or null when nothing that matters changed. */
    static FindingChange between(Finding before, Finding after) {
        if (before == null) {
            return new FindingChange(Kind.APPEARED, null, after);
        }
        if (after == null || (before.state() != FindingState.REMEDIATED && after.state() == FindingState.REMEDIATED)) {
            return new FindingChange(Kind.RESOLVED, before, after);
        }
        // a reworded message alone is not a change the reader has to act on
        boolean changed = before.state() != after.state() || before.severity() != after.severity()
                || before.blocking() != after.blocking();
        return changed ? new FindingChange(Kind.CHANGED, before, after) : null;
    }

    public String itemId() {
        return latest().itemId();
    }

    /** Null for a partner-scoped finding. */
    public String caseStudyId() {
        return latest().caseStudyId();
    }

    /** The finding blocks the verdict now and did not before (or did not exist). */
    public boolean becameBlocking() {
        return after != null && after.blocking() && (before == null || !before.blocking());
    }

    private Finding latest() {
        return after != null ? after : before;
    }
}
