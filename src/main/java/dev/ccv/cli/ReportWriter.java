package dev.ccv.cli;

import dev.ccv.files.OutputFile;
import dev.ccv.model.result.Report;
import dev.ccv.report.RenderOptions;
import dev.ccv.report.ReportFormats;
import dev.ccv.report.Reporter;
import dev.ccv.report.sarif.UriBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each requested report: to its file (creating parent folders; replaced whole or not at all, see
 * {@link OutputFile}), or to standard output.
 */
final class ReportWriter {

    private final Environment environment;
    private final PrintWriter out;
    private final UriBase sarifBase;

    ReportWriter(Environment environment, PrintWriter out, UriBase sarifBase) {
        this.environment = environment;
        this.out = out;
        this.sarifBase = sarifBase;
    }

    void writeAll(Report report, List<ReportTarget> targets) {
        for (ReportTarget target : targets) {
            write(report, target);
        }
    }

    private void write(Report report, ReportTarget target) {
        boolean toTerminal = target.path().isEmpty();
        RenderOptions options = new RenderOptions(toTerminal && environment.colorTerminal(), sarifBase);
        Reporter reporter = ReportFormats.create(target.format(), options).orElseThrow();
        try {
            if (toTerminal) {
                reporter.write(report, out);
                out.flush();
                return;
            }
            Path file = environment.resolve(target.path().get());
            OutputFile.write(file, target.path().get().toString(), stream -> reporter.write(report, stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
