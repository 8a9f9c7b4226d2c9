package dev.ccv.model;

/** Where the remediation of a critical finding stands, as the auditor records it. */
public enum Remediation implements YamlNamed {
    OPEN, REMEDIATED, UNREMEDIABLE;

    @Override
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
