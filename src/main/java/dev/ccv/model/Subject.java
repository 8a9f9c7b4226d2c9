package dev.ccv.model;

import java.util.Locale;

/** Who answers a checklist: a partner company ({@code partner}) or a person ({@code individual}). */
public enum Subject implements YamlNamed {
    PARTNER, INDIVIDUAL;

    @Override
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "a partner checklist", "an individual checklist": how messages name a checklist of this subject. */
    public String checklistPhrase() {
        return this == PARTNER ? "a partner checklist (`subject: partner`)"
                : "an individual checklist (`subject: individual`)";
    }
}
