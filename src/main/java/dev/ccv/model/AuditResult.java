package dev.ccv.model;

/** The auditor's word on a requirement; it overrides what the check found. */
public enum AuditResult implements YamlNamed {
    MET, UNMET;

    @Override
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
