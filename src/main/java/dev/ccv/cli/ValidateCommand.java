package dev.ccv.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv validate}: evaluates a bundle and writes the reports. */
final class ValidateCommand extends Subcommand {

    private final PositionalParamSpec path = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("PATH").description("Bundle directory, .zip, or self-assessment file.").build());

    private final OptionSpec checklists = add(OptionSpec.builder("--checklist").type(List.class)
            .auxiliaryTypes(String.class).paramLabel("ID|FILE")
            .description("A checklist file to use (adds to or overrides the built-in ones), or a checklist id"
                    + " the self-assessment must name. Repeatable.").build());

    private final OptionSpec audit = add(OptionSpec.builder("--audit").type(Path.class).paramLabel("FILE")
            .description("The auditor's record, when PATH is a self-assessment file (a bundle's audit.yaml is found"
                    + " by itself).").build());

    private final OptionSpec bundleRoot = add(OptionSpec.builder("--bundle-root").type(Path.class).paramLabel("DIR")
            .description("Where evidence paths are resolved, when PATH is a self-assessment file (default: its"
                    + " directory).").build());

    private final OptionSpec asOf = add(OptionSpec.builder("--as-of").type(LocalDate.class)
            .converters(new DateConverter()).paramLabel("YYYY-MM-DD")
            .description("The date case-study recency is measured from (default: today).").build());

    private final OptionSpec reports = add(OptionSpec.builder("--report").type(List.class)
            .auxiliaryTypes(ReportTarget.class).converters(new ReportTarget.Converter()).paramLabel("FORMAT[=PATH]")
            .completionCandidates(new FormatNames())
            .description("A report to write; without PATH, to standard output. Repeatable."
                    + " Formats: ${COMPLETION-CANDIDATES}. Default: text to standard output.").build());

    private final OptionSpec redact = add(OptionSpec.builder("--redact").type(boolean.class).initialValue(false)
            .paramLabel("<redact>")
            .description("Hide each non-public case study's customer, URL and free text, and drop all notes.").build());

    ValidateCommand(Environment environment) {
        super(environment, "validate",
                "Validates a partner's self-assessment (and, during an audit, the auditor's record)"
                        + " against its checklist, and writes a pass/fail report.",
                "PATH is a bundle directory, a .zip of one, or a self-assessment file.");
    }

    @Override
    public Integer call() {
        Path auditFile = audit.getValue();
        Path root = bundleRoot.getValue();
        LocalDate date = asOf.getValue();
        List<ReportTarget> targets = values(reports);
        ValidateRequest request = new ValidateRequest(
                environment().resolve(path.getValue()),
                List.copyOf(values(checklists)),
                auditFile == null ? null : environment().resolve(auditFile),
                root == null ? null : environment().resolve(root),
                date == null ? environment().today() : date,
                targets.isEmpty() ? List.of(ReportTarget.DEFAULT) : List.copyOf(targets),
                flag(redact));
        return new Validation(environment(), out(), err())
                .run(request).code();
    }
}
