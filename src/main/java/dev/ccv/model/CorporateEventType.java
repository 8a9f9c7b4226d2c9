package dev.ccv.model;

/** Mergers, acquisitions and divestitures, as the program guide distinguishes them. */
public enum CorporateEventType implements YamlNamed {
    ACQUIRED("acquired"), ACQUIRED_BY("acquired-by"), DIVESTED("divested");

    private final String yamlName;

    CorporateEventType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
