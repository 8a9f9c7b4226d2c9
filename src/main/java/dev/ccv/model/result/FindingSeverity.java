package dev.ccv.model.result;

/** An unmet required item is a critical finding; an unmet recommended one, an observation. */
public enum FindingSeverity {
    CRITICAL("critical"), OBSERVATION("observation");

    private final String jsonName;

    FindingSeverity(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
