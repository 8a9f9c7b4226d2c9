package dev.ccv.model;

import java.util.Locale;

/**
 * Which of AWS's two variants of a competency checklist a checklist follows: the one for services
 * (consulting) partners or the one for software partners.
 */
public enum Offering implements YamlNamed {
    SERVICES, SOFTWARE;

    /** How AWS titles this variant: "Service Offering" or "Partner Offering". */
    public String awsTitle() {
        return this == SERVICES ? "Service Offering" : "Partner Offering";
    }

    @Override
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
