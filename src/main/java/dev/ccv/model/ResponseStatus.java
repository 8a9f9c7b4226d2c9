package dev.ccv.model;

/** What the partner says about one requirement. */
public enum ResponseStatus implements YamlNamed {
    MET("met"), NOT_MET("not-met"), NOT_APPLICABLE("not-applicable");

    private final String yamlName;

    ResponseStatus(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
