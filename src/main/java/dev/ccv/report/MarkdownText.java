package dev.ccv.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes user-supplied text inert in GitHub-flavoured Markdown: HTML special characters become
 * entities, Markdown punctuation is backslash-escaped (emphasis, code, links, tables, math,
 * mentions), line breaks become spaces and other control characters are dropped.
 */
final class MarkdownText {

    private static final String ESCAPED = "\\`*_[]{}()#!|~@$";
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\d+)([.)])|^([-+=])");

    private MarkdownText() {
    }

    /** {@code text} for a table cell or the middle of a line; empty for null. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    /** {@code text} for the start of a list item, where a leading marker would open a nested block. */
    static String listItem(String text) {
        return escapeListMarker(inline(text));
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '\n', '\r', '\t' -> out.append(' ');
            default -> {
                if (Character.getType(c) == Character.CONTROL) {
                    return;
                }
                if (c < 128 && ESCAPED.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        }
    }

    /** A leading {@code -}, {@code +}, {@code =} or {@code 1.} would start a list or a heading underline. */
    private static String escapeListMarker(String text) {
        Matcher marker = LIST_MARKER.matcher(text);
        if (!marker.find()) {
            return text;
        }
        return marker.group(1) != null
                ? marker.group(1) + "\\" + marker.group(2) + text.substring(marker.end())
                : "\\" + text;
    }
}
