package dev.ccv.model;

/** Whether an unmet item blocks the competency (a critical finding) or is only reported (an observation). */
public enum Severity implements YamlNamed {
    REQUIRED, RECOMMENDED;

    @Override
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
