package dev.ccv.model;

/** Who nominated an individual: an AWS employee, a member of the community, or the individual themselves. */
public enum NominationRole implements YamlNamed {
    AWS_EMPLOYEE("aws-employee"), COMMUNITY_MEMBER("community-member"), SELF("self");

    private final String yamlName;

    NominationRole(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
