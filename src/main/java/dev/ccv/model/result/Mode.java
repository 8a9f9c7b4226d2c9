package dev.ccv.model.result;

/** A run without an audit record is a pre-check; with one, an audit. */
public enum Mode {
    PRE_CHECK("pre-check"), AUDIT("audit");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
