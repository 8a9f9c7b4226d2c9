package dev.ccv.model;

import java.util.Locale;

/**
 * The threshold a run's verdict is decided at: by default only open critical findings fail it; a
 * CI gate that wants every recommendation met fails on open observations too.
 */
public enum FailOn {
    CRITICAL, OBSERVATION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The threshold written on the command line, or null for another word. */
    public static FailOn of(String word) {
        for (FailOn threshold : values()) {
            if (threshold.jsonName().equals(word)) {
                return threshold;
            }
        }
        return null;
    }
}
