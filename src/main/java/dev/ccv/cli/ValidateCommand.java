package dev.ccv.cli;

import dev.ccv.model.result.Report;
import dev.ccv.report.ReportFormats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv validate}: evaluates a bundle and writes the reports. */
final class ValidateCommand extends Subcommand {

    private final PositionalParamSpec path = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("PATH").description("Bundle directory, .zip, or self-assessment file.").build());

    private final OptionSpec audit = add(OptionSpec.builder("--audit").type(Path.class).paramLabel("FILE")
            .description("The auditor's record, when PATH is a self-assessment file (a bundle's audit.yaml is found"
                    + " by itself).").build());

    private final OptionSpec bundleRoot = add(OptionSpec.builder("--bundle-root").type(Path.class).paramLabel("DIR")
            .description("Where evidence paths are resolved, when PATH is a self-assessment file (default: its"
                    + " directory).").build());

    private final OptionSpec reports = add(OptionSpec.builder("--report").type(List.class)
            .auxiliaryTypes(ReportTarget.class).converters(new ReportTarget.Converter()).paramLabel("FORMAT[=PATH]")
            .completionCandidates(new FormatNames())
            .description("A report to write; without PATH, to standard output (one report at most). Repeatable."
                    + " Formats: ${COMPLETION-CANDIDATES}. Default: text to standard output.").build());

    private final ValidationArguments validation = new ValidationArguments(this);

    private final OptionSpec sarifBundlePath = add(OptionSpec.builder(SarifLocations.OPTION).type(String.class)
            .converters(new SarifLocations.Converter()).paramLabel("PATH")
            .description("The bundle folder's path from the repository root, for SARIF locations (default: its path"
                    + " from the current folder when it lies under it; otherwise paths inside the bundle).").build());

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
        List<ReportTarget> targets = values(reports);
        requireOneStandardOutputReport(targets);
        BundleInput input = new BundleInput(
                environment().resolve(path.getValue()),
                auditFile == null ? null : environment().resolve(auditFile),
                root == null ? null : environment().resolve(root));
        Report report;
        try (StatusLine status = StatusLine.forEnvironment(environment(), err())) {
            report = new Validation(environment(), validation.options(environment()))
                    .validate(input, status, Progress.forEnvironment(environment(), err()), targets);
        }
        String sarifPath = sarifBundlePath.getValue();
        new ReportWriter(environment(), out(), SarifLocations.choose(environment().workingDirectory(), input, sarifPath))
                .writeAll(report, targets.isEmpty() ? List.of(ReportTarget.DEFAULT) : targets);
        if (report.integrity().failed()) {
            err().println("ccv: integrity failure: " + report.integrity().problems().size()
                    + " file(s) do not match " + report.integrity().failedManifests() + " (see the report).");
        }
        return report.exitCode().code();
    }

    /** Two reports on standard output would be one unreadable stream, a binary one an unreadable terminal. */
    private void requireOneStandardOutputReport(List<ReportTarget> targets) {
        List<String> toStandardOutput = new ArrayList<>();
        for (ReportTarget target : targets) {
            if (target.path().isEmpty() && ReportFormats.isBinary(target.format())) {
                throw new ParameterException(spec.commandLine(), "`--report " + target.format() + "` is a binary"
                        + " format and cannot go to standard output; write --report " + target.format() + "=FILE");
            }
            if (target.path().isEmpty()) {
                toStandardOutput.add(target.format());
            }
        }
        if (toStandardOutput.size() > 1) {
            throw new ParameterException(spec.commandLine(), "`--report " + String.join("` and `--report ",
                    toStandardOutput) + "` would all go to standard output; at most one report can; give the"
                    + " others a file, for example --report " + toStandardOutput.get(1) + "=FILE");
        }
    }
}
