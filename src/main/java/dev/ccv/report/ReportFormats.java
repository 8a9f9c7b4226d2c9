package dev.ccv.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of report formats: the one list that both the command line and the help text
 * read. Reporters are created only when asked for, so unused formats cost nothing at start-up.
 */
public final class ReportFormats {

    private static final Map<String, Function<RenderOptions, Reporter>> FORMATS = new LinkedHashMap<>();

    static {
        // in the order of the specification, which --help follows
        FORMATS.put("text", TextReporter::new);
        FORMATS.put("json", o -> new JsonReporter());
        FORMATS.put("junit", o -> new JunitReporter());
        FORMATS.put("sarif", o -> new SarifReporter());
        FORMATS.put("html", o -> new HtmlReporter());
        FORMATS.put("markdown", o -> new MarkdownReporter());
    }

    private ReportFormats() {
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    public static Optional<Reporter> create(String format, RenderOptions options) {
        return Optional.ofNullable(FORMATS.get(format)).map(factory -> factory.apply(options));
    }
}
