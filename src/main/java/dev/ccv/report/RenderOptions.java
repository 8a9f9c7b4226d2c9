package dev.ccv.report;

import dev.ccv.report.sarif.UriBase;

/**
 * How reports are rendered: colour only for a terminal that allows it, and where SARIF file
 * locations are rooted.
 */
public record RenderOptions(boolean color, UriBase sarifBase) {

    public static final RenderOptions PLAIN = new RenderOptions(false);

    /** Options for a report whose SARIF locations stay relative to the bundle's own root. */
    public RenderOptions(boolean color) {
        this(color, UriBase.OWN_ROOT);
    }
}
