package dev.ccv.report;

import java.util.List;
import java.util.Optional;

/** The registry of a batch's summary formats, which the command line and its help text read. */
public final class SummaryFormats {

    private static final List<String> NAMES = List.of("text", "json", "junit", "html", "markdown");

    private SummaryFormats() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /**
     * The reporter of {@code format}; {@code bundleReports} is where the HTML summary finds each
     * bundle's own HTML report, as a link relative to the summary (empty: none was written).
     */
    public static Optional<SummaryReporter> create(String format, RenderOptions options, Optional<String> bundleReports) {
        return Optional.ofNullable(switch (format) {
            case "text" -> new TextSummaryReporter(options);
            case "json" -> new JsonSummaryReporter();
            case "junit" -> new JunitSummaryReporter();
            case "html" -> new HtmlSummaryReporter(bundleReports);
            case "markdown" -> new MarkdownSummaryReporter();
            default -> null;
        });
    }
}
