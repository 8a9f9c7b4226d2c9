package dev.ccv.model.result;

/** The outcome of a run: pass (exit 0) or fail (exit 1). */
public enum Verdict {
    PASS, FAIL;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
