package dev.ccv.cli;

import dev.ccv.report.ReportFormats;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** One {@code --report FORMAT[=PATH]}: a format, and a file or (without a path) standard output. */
record ReportTarget(String format, Optional<Path> path) {

    static final ReportTarget DEFAULT = new ReportTarget("text", Optional.empty());

    /** Parses the option value; an unknown format is a usage error listing the valid ones. */
    static final class Converter implements CommandLine.ITypeConverter<ReportTarget> {
        @Override
        public ReportTarget convert(String value) {
            int equals = value.indexOf('=');
            String format = equals < 0 ? value : value.substring(0, equals);
            String path = equals < 0 ? null : value.substring(equals + 1);
            if (!ReportFormats.names().contains(format)) {
                throw new CommandLine.TypeConversionException("unknown report format `" + format
                        + "`; the formats are: " + String.join(", ", ReportFormats.names()));
            }
            if (path != null && path.isBlank()) {
                throw new CommandLine.TypeConversionException("`--report " + value
                        + "` names no file; write --report " + format + "=FILE, or --report " + format
                        + " for standard output");
            }
            // without a lambda: the launcher's class-data archive did not hold the one that was here,
            // so the JVM generated its class at every start
            return new ReportTarget(format, path == null ? Optional.empty() : Optional.of(Path.of(path)));
        }
    }
}
