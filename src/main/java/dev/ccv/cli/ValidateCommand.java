package dev.ccv.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ccv validate}: evaluates a bundle and writes the reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates a partner's self-assessment (and, during an audit, the auditor's record)"
                + " against its checklist, and writes a pass/fail report.",
            "PATH is a bundle directory, a .zip of one, or a self-assessment file."})
final class ValidateCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "PATH", description = "Bundle directory, .zip, or self-assessment file.")
    Path path;

    @Option(names = "--checklist", paramLabel = "ID|FILE",
            description = "A checklist file to use (adds to or overrides the built-in ones), or a checklist id"
                    + " the self-assessment must name. Repeatable.")
    List<String> checklists = new ArrayList<>();

    @Option(names = "--audit", paramLabel = "FILE",
            description = "The auditor's record, when PATH is a self-assessment file (a bundle's audit.yaml is found by itself).")
    Path audit;

    @Option(names = "--bundle-root", paramLabel = "DIR",
            description = "Where evidence paths are resolved, when PATH is a self-assessment file (default: its directory).")
    Path bundleRoot;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date case-study recency is measured from (default: today).")
    LocalDate asOf;

    @Option(names = "--report", paramLabel = "FORMAT[=PATH]", converter = ReportTarget.Converter.class,
            completionCandidates = FormatNames.class,
            description = "A report to write; without PATH, to standard output. Repeatable."
                    + " Formats: ${COMPLETION-CANDIDATES}. Default: text to standard output.")
    List<ReportTarget> reports = new ArrayList<>();

    @Option(names = "--redact",
            description = "Hide each non-public case study's customer, URL and free text, and drop all notes.")
    boolean redact;

    @Override
    public Integer call() {
        ValidateRequest request = new ValidateRequest(
                environment().resolve(path),
                List.copyOf(checklists),
                audit == null ? null : environment().resolve(audit),
                bundleRoot == null ? null : environment().resolve(bundleRoot),
                asOf == null ? environment().today() : asOf,
                reports.isEmpty() ? List.of(ReportTarget.DEFAULT) : List.copyOf(reports),
                redact);
        return new Validation(environment(), out(), err())
                .run(request).code();
    }
}
