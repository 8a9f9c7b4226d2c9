package dev.ccv.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every mention of a set of texts, in any letter case, in one pass, so that a
 * replacement is never itself rewritten. Longer texts win over shorter ones they contain, and a
 * text matches only where no letter or digit touches it on either side: {@code cs-a} is not
 * found inside {@code cs-adatum}. A text kept as it is (a public case study's id) protects the
 * longer text from a shorter one it contains.
 */
final class Scrubber {

    /** Each text in lower case, and what replaces it. */
    private final Map<String, String> replacements;
    private final Pattern any;

    private Scrubber(Map<String, String> replacements) {
        this.replacements = replacements;
        List<String> texts = new ArrayList<>(replacements.keySet());
        texts.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String text : texts) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(text));
        }
        this.any = texts.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Builds a scrubber; the first replacement given for a text (in any letter case) counts. */
    static final class Builder {

        private final Map<String, String> replacements = new LinkedHashMap<>();

        Builder replace(String text, String replacement) {
            if (text != null && !text.isBlank()) {
                replacements.putIfAbsent(text.strip().toLowerCase(Locale.ROOT), replacement);
            }
            return this;
        }

        Builder keep(String text) {
            return text == null ? this : replace(text, text.strip());
        }

        Scrubber build() {
            return new Scrubber(Map.copyOf(replacements));
        }
    }

    String text(String text) {
        if (text == null || any == null) {
            return text;
        }
        Matcher matcher = any.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacementOf(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** What replaces a match; letter cases that lower-case differently (a Turkish dotted I) are looked for one by one. */
    private String replacementOf(String found) {
        String replacement = replacements.get(found.toLowerCase(Locale.ROOT));
        if (replacement != null) {
            return replacement;
        }
        for (Map.Entry<String, String> entry : replacements.entrySet()) {
            if (Pattern.compile(Pattern.quote(entry.getKey()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(found).matches()) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException("a redacted text matched but has no replacement");
    }

    List<String> texts(List<String> texts) {
        List<String> scrubbed = new ArrayList<>(texts.size());
        for (String text : texts) {
            scrubbed.add(text(text));
        }
        return scrubbed;
    }
}
