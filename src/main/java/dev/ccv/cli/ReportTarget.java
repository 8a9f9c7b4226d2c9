package dev.ccv.cli;

import dev.ccv.report.ReportFormats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** One {@code --report FORMAT[=PATH]}: a format, and a file or (without a path) standard output. */
record ReportTarget(String format, Optional<Path> path) {

    static final ReportTarget DEFAULT = new ReportTarget("text", Optional.empty());

    /** Parses the option value; an unknown format is a usage error listing the valid ones. */
    static final class Converter implements CommandLine.ITypeConverter<ReportTarget> {

        private final String option;
        private final List<String> formats;

        /** For {@code --report}, whose formats are the report formats. */
        Converter() {
            this("--report", ReportFormats.names());
        }

        /** For {@code option}, whose formats are {@code formats}; its kind of output is named in messages. */
        Converter(String option, List<String> formats) {
            this.option = option;
            this.formats = formats;
        }

        @Override
        public ReportTarget convert(String value) {
            int equals = value.indexOf('=');
            String format = equals < 0 ? value : value.substring(0, equals);
            String path = equals < 0 ? null : value.substring(equals + 1);
            if (!formats.contains(format)) {
                throw new CommandLine.TypeConversionException("unknown " + option.substring(2) + " format `" + format
                        + "`; the formats are: " + String.join(", ", formats));
            }
            if (path != null && path.isBlank()) {
                throw new CommandLine.TypeConversionException("`" + option + " " + value
                        + "` names no file; write " + option + " " + format + "=FILE, or " + option + " " + format
                        + " for standard output");
            }
            return new ReportTarget(format, path == null ? Optional.empty() : Optional.of(Path.of(path)));
        }
    }
}
