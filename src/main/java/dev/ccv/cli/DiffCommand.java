package dev.ccv.cli;

import dev.ccv.report.DiffReporter;
import dev.ccv.report.JsonReportReader;
import dev.ccv.report.ReportDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ccv diff}: what changed between two JSON reports. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what changed between two JSON reports: findings that appeared, findings resolved,"
                + " a changed verdict.",
            "Exit 0 when nothing got worse, 1 when a new blocking finding appeared."})
final class DiffCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier JSON report.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later JSON report.")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    String format;

    @Override
    public Integer call() {
        DiffReporter reporter = DiffReporter.create(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format `" + format + "`; the formats are: "
                        + String.join(", ", DiffReporter.FORMATS)));
        ReportDiff diff = ReportDiff.between(read(before), read(after));
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
