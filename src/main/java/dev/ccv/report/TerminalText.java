package dev.ccv.report;

import dev.ccv.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Text for a terminal: user-supplied text made inert (a control character could move the cursor
 * or forge colours, so each is shown as {@code \x1B}-style escape) and long lines wrapped.
 */
final class TerminalText {

    static final int WIDTH = 100;

    private TerminalText() {
    }

    /** {@code text} with every control character (C0, DEL, C1) written as a visible escape. */
    static String inert(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\x%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@code file:line}, the form terminals and editors recognise; just the file when the line is unknown. */
    static String where(SourcePosition position) {
        return position.hasLine() ? position.file() + ":" + position.line() : position.file();
    }

    /**
     * {@code text} broken at spaces into lines no longer than {@link #WIDTH}; the first line
     * starts with {@code first}, the others with {@code indent} spaces. A word longer than a
     * line (a URL, a path) is kept whole.
     */
    static List<String> wrap(String first, int indent, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                start = indent;
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
