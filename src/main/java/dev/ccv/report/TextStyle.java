package dev.ccv.report;

/**
 * ANSI colours for the text report, or none: every word is painted through here, so that
 * plain output (a file, a pipe, {@code NO_COLOR}) carries no escape codes at all.
 */
final class TextStyle {

    enum Colour {
        BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), BOLD_RED("1;31"), BOLD_GREEN("1;32");

        private final String code;

        Colour(String code) {
            this.code = code;
        }
    }

    private final boolean enabled;

    TextStyle(RenderOptions options) {
        this.enabled = options.color();
    }

    String paint(String text, Colour colour) {
        return enabled && !text.isEmpty() ? "\u001b[" + colour.code + "m" + text + "\u001b[0m" : text;
    }

    /** {@code text} painted and padded with spaces to {@code width} visible columns. */
    String cell(String text, int width, Colour colour) {
        return paint(text, colour) + " ".repeat(Math.max(0, width - text.length()));
    }
}
