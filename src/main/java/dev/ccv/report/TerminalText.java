package dev.ccv.report;

import dev.ccv.model.SourcePosition;

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
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\x%02X", c));
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code file:line}, the form terminals and editors recognise; just the file when the line is unknown. */
    static String where(SourcePosition position) {
        return position.hasLine() ? position.file() + ":" + position.line() : position.file();
    }

    /**
     * {@code text} broken at spaces to fit {@link #WIDTH} columns, the first line starting at
     * column {@code firstColumn} (after a prefix the caller writes), the others with
     * {@code indent} spaces, which this method adds. A word longer than a line (a URL, a path)
     * is kept whole.
     */
    static String wrap(String text, int firstColumn, int indent) {
        StringBuilder out = new StringBuilder();
        int column = firstColumn;
        boolean lineStarted = false;
        for (String word : text.split(" ", -1)) {
            if (lineStarted && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
                lineStarted = false;
            }
            if (lineStarted) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStarted = true;
        }
        return out.toString();
    }
}
