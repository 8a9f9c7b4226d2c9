package dev.ccv.model;

/**
 * The public document a checklist follows: {@code url} (null when none is named), the
 * {@code offering} variant (null when not said) and its {@code validity} (null when not said).
 */
public record Publication(String url, Offering offering, Validity validity) {

    public static final Publication NONE = new Publication(null, null, null);
}
