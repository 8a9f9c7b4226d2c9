package dev.ccv.authoring.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Case-study ids derived from customer names: {@code cs-} and the name's letters and digits, stable for a name. */
final class CaseStudyNames {

    private static final int MAX_SLUG = 40;

    private CaseStudyNames() {
    }

    /** {@code cs-globex-corporation} for "Globex Corporation"; {@code cs-reference-N} when the name has no letters. */
    static String id(String customer, int reference, Set<String> taken) {
        String slug = Normalizer.normalize(customer, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        String id = "cs-" + (slug.isEmpty() ? "reference-" + reference : slug);
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    /** The key under which two references name the same customer: trimmed, spaces collapsed, any case. */
    static String key(String customer) {
        return customer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
