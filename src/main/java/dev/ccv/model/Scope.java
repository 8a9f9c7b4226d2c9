package dev.ccv.model;

/** Whether an item is evaluated once for the partner or once per case study under consideration. */
public enum Scope implements YamlNamed {
    PARTNER("partner"), CASE_STUDY("case-study");

    private final String yamlName;

    Scope(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
