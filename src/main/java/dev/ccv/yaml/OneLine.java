package dev.ccv.yaml;

/** What a message quotes of a file stays on one line: line breaks and control characters are written as escapes. */
public final class OneLine {

    private OneLine() {
    }

    public static String of(String text) {
        StringBuilder line = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("U+%04X", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }
}
