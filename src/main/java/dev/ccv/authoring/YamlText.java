package dev.ccv.authoring;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Builds commented YAML text line by line, two spaces per indent level. */
final class YamlText {

    private static final int WRAP = 96;
    private final StringBuilder text = new StringBuilder();

    void line(int indent, String content) {
        text.append("  ".repeat(indent)).append(content).append('\n');
    }

    /** A key with its value and a comment: beside it when that fits, else wrapped above it. */
    void field(int indent, String key, String value, String comment) {
        String entry = key + ": " + value;
        if (2 * indent + entry.length() + 5 + comment.length() <= WRAP) {
            line(indent, entry + "   # " + comment);
            return;
        }
        for (String part : Paragraph.wrap(comment, WRAP - 2 * indent - 2)) {
            comment(indent, part);
        }
        line(indent, entry);
    }

    void comment(String content) {
        comment(0, content);
    }

    void comment(int indent, String content) {
        line(indent, "# " + content);
    }

    void wrappedComment(int indent, String content) {
        for (String part : Paragraph.wrap(content, WRAP - 2 * indent)) {
            comment(indent, "  " + part);
        }
    }

    void blank() {
        text.append('\n');
    }

    /** A double-quoted YAML scalar: JSON string escaping is valid YAML. */
    static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }


    @Override
    public String toString() {
        return text.toString();
    }
}
