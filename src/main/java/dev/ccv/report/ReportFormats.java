package dev.ccv.report;

import java.util.List;
import java.util.Optional;

/**
 * The registry of report formats: the one list that both the command line and the help text
 * read. Reporters are created only when asked for, so unused formats cost nothing at start-up.
 */
public final class ReportFormats {

    /** In the order of the specification, which --help follows; {@link #create} knows each. */
    private static final List<String> NAMES = List.of("text", "json", "junit", "sarif", "html", "markdown",
            "xlsx");
    /** The formats that are not text, so never written to standard output. */
    private static final List<String> BINARY = List.of("xlsx");

    private ReportFormats() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The file name extension of a format's reports, as {@code ccv batch --out} names them. */
    public static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            case "junit" -> "xml";
            case "markdown" -> "md";
            default -> format;
        };
    }

    /** Whether the format is binary (known without creating its reporter, which would load its library). */
    public static boolean isBinary(String format) {
        return BINARY.contains(format);
    }

    public static Optional<Reporter> create(String format, RenderOptions options) {
        return Optional.ofNullable(switch (format) {
            case "text" -> new TextReporter(options);
            case "json" -> new JsonReporter();
            case "junit" -> new JunitReporter();
            case "sarif" -> new SarifReporter(options.sarifBase());
            case "html" -> new HtmlReporter();
            case "markdown" -> new MarkdownReporter();
            case "xlsx" -> new XlsxReporter();
            default -> null;
        });
    }
}
