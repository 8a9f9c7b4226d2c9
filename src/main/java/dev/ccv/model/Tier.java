package dev.ccv.model;

import java.util.Locale;

/** AWS Partner tiers, in ascending order: {@code registered < select < advanced < premier}. */
public enum Tier implements YamlNamed {
    REGISTERED, SELECT, ADVANCED, PREMIER;

    @Override
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Tier other) {
        return compareTo(other) >= 0;
    }
}
