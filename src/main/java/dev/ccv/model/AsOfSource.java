package dev.ccv.model;

/**
 * Where a run's as-of date came from: the {@code --as-of} option, the audit record's date, the
 * self-assessment's application date, or the clock. Only the last makes a run depend on the day.
 */
public enum AsOfSource {
    OPTION, AUDIT, APPLICATION, TODAY;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
