package dev.ccv.model.result;

/** Where a finding stands: still open, remediated with evidence, or impossible to remediate. */
public enum FindingState {
    OPEN, REMEDIATED, UNREMEDIABLE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
