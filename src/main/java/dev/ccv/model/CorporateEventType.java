package dev.ccv.model;

/** Mergers, acquisitions and divestitures, as the program guide distinguishes them. */
public enum CorporateEventType {
    ACQUIRED("acquired"), ACQUIRED_BY("acquired-by"), DIVESTED("divested");

    private final String yamlName;

    CorporateEventType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
