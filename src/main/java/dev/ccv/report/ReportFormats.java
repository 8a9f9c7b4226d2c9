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
        // register each format here, in the order --help lists them:
        // FORMATS.put("text", TextReporter::new);
        // the rich formats: CI test results, code scanning, and the auditor's printable report
        FORMATS.put("junit", o -> new JunitReporter());
        FORMATS.put("sarif", o -> new SarifReporter());
        FORMATS.put("html", o -> new HtmlReporter());
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
