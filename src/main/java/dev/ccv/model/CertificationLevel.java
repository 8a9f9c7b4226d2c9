package dev.ccv.model;

import java.util.Locale;

/** The levels of AWS Certification, as AWS names them. */
public enum CertificationLevel implements YamlNamed {
    FOUNDATIONAL, ASSOCIATE, PROFESSIONAL, SPECIALTY;

    @Override
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
