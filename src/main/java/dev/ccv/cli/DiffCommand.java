package dev.ccv.cli;

import dev.ccv.report.DiffReporter;
import dev.ccv.report.JsonReportReader;
import dev.ccv.report.ReportDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv diff}: what changed between two JSON reports. */
final class DiffCommand extends Subcommand {

    private final PositionalParamSpec before = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("OLD.json").description("The earlier JSON report.").build());

    private final PositionalParamSpec after = add(PositionalParamSpec.builder()
            .index("1").required(true).type(Path.class)
            .paramLabel("NEW.json").description("The later JSON report.").build());

    private final OptionSpec formatOption = add(OptionSpec.builder("--format").type(String.class)
            .paramLabel("FORMAT").defaultValue("text").description("text (default) or json.").build());

    DiffCommand(Environment environment) {
        super(environment, "diff",
                "Shows what changed between two JSON reports: findings that appeared, findings resolved,"
                        + " a changed verdict.",
                "Exit 0 when nothing got worse, 1 when a new blocking finding appeared.");
    }

    @Override
    public Integer call() {
        String format = formatOption.getValue();
        DiffReporter reporter = DiffReporter.create(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format `" + format + "`; the formats are: "
                        + String.join(", ", DiffReporter.FORMATS)));
        ReportDiff diff = ReportDiff.between(read(before.getValue()), read(after.getValue()));
        PrintWriter out = out();
        try {
            reporter.write(diff, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return diff.exitCode();
    }

    private dev.ccv.report.SavedReport read(Path report) {
        return new JsonReportReader().read(environment().resolve(report));
    }
}
