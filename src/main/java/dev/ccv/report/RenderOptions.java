package dev.ccv.report;

/** How reports are rendered: colour only for a terminal that allows it. */
public record RenderOptions(boolean color) {

    public static final RenderOptions PLAIN = new RenderOptions(false);
}
