package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv validate} as a user drives it: options, usage mistakes and the exit codes they give. */
class ValidateCommandTest {

    static final String PASSING = "examples/passing-precheck";

    @TempDir
    Path temp;

    @Test
    void anUnknownReportFormatListsTheValidOnes() {
        CliRun run = CliRun.of("validate", PASSING, "--report", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ccv: Invalid value for option '--report' (FORMAT[=PATH]): unknown report"
                + " format `xml`; the formats are: text, json, junit, sarif, html, markdown")
                .endsWith("Try `ccv validate --help` for the options.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aReportWithAnEmptyPathSaysHowToWriteIt() {
        CliRun run = CliRun.of("validate", PASSING, "--report", "json=");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`--report json=` names no file; write --report json=FILE,"
                + " or --report json for standard output");
    }

    @Test
    void twoFormatsOnStandardOutputAreAUsageError() {
        CliRun run = CliRun.of("validate", PASSING, "--report", "json", "--report", "text");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ccv: `--report json` and `--report text` would all go to standard output;"
                + " at most one report can; give the others a file, for example --report text=FILE\n"
                + "Try `ccv validate --help` for the options.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void oneFormatOnStandardOutputBesideFilesIsFine() {
        CliRun run = CliRun.of(temp, "validate", Path.of(PASSING).toAbsolutePath().toString(),
                "--as-of", "2026-06-30", "--report", "json=out.json", "--report", "text");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("Verdict: PASS\n");
        assertThat(temp.resolve("out.json")).exists();
    }

    @Test
    void anAsOfWithNoSuchDaySaysWhatToWrite() {
        CliRun run = CliRun.of("validate", PASSING, "--as-of", "2026-02-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`2026-02-30` is not a date; write YYYY-MM-DD, for example 2025-06-02");
    }

    @Test
    void anAsOfThatIsNotADateSaysWhatToWrite() {
        CliRun run = CliRun.of("validate", PASSING, "--as-of", "30/06/2026");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`30/06/2026` is not a date; write YYYY-MM-DD, for example 2025-06-02");
    }

    @Test
    void aMissingPathIsAnInputError() {
        CliRun run = CliRun.of(temp, "validate", "nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + temp.resolve("nowhere") + ": no such file or folder\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ccv: a command is needed, for example: ccv validate BUNDLE\nUsage: ccv");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        CliRun run = CliRun.of("valdate", PASSING);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments from index 0: 'valdate'").contains("Did you mean: ccv validate");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ccv " + VersionProvider.version() + "\n");
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsTheFormatsFromTheRegistryAndTheExitCodes() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("Formats: " + String.join(", ", dev.ccv.report.ReportFormats.names()) + ".")
                .contains("Exit codes: 0 the verdict is pass 1 the verdict is fail 2 invalid input or usage;"
                        + " nothing was evaluated 3 the bundle does not match its MANIFEST.sha256 70 internal error");
    }

    @Test
    void aPinnedChecklistMustBeTheOneTheSelfAssessmentNames() {
        CliRun run = CliRun.of("validate", PASSING, "--checklist", "aws-devops-competency");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: self-assessment.yaml:3:12: the self-assessment is for checklist"
                + " `aws-competency-baseline` but --checklist asks for `aws-devops-competency`\n");
    }

    @Test
    void reportsGoToTheirFilesAndTextToStandardOutput() throws IOException {
        Path json = temp.resolve("out/nested/report.json");
        CliRun run = CliRun.of("validate", PASSING, "--as-of", "2026-06-30", "--report", "json=" + json,
                "--report", "text");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ccv ").contains("Verdict: PASS");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"verdict\": \"pass\"");
    }

    @Test
    void identicalInputsGiveByteIdenticalReports() throws IOException {
        for (String name : new String[] {"a.json", "b.json"}) {
            CliRun.of("validate", "examples/audit-case-study-removed", "--as-of", "2026-06-30",
                    "--report", "json=" + temp.resolve(name));
        }
        assertThat(Files.readAllBytes(temp.resolve("a.json"))).isEqualTo(Files.readAllBytes(temp.resolve("b.json")));
    }

    @Test
    void aSelfAssessmentFileWithASeparateAuditAndBundleRoot() {
        Path bundle = Path.of("examples/audit-remediated").toAbsolutePath();
        CliRun run = CliRun.of(temp, "validate", bundle.resolve("self-assessment.yaml").toString(),
                "--audit", bundle.resolve("audit.yaml").toString(), "--bundle-root", bundle.toString(),
                "--as-of", "2026-06-30");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("audit report").contains("Verdict: PASS");
    }

    @Test
    void errorsInTheSelfAssessmentAndTheAuditRecordComeTogether() throws IOException {
        Path bundle = temp.resolve("bundle");
        Files.createDirectories(bundle);
        Path example = Path.of("examples/audit-remediated");
        Files.writeString(bundle.resolve("self-assessment.yaml"), Files.readString(example.resolve("self-assessment.yaml"))
                .replaceFirst("tier: premier", "tier: premeir"));
        Files.writeString(bundle.resolve("audit.yaml"), Files.readString(example.resolve("audit.yaml"))
                .replaceFirst("result: unmet", "result: failed"));

        CliRun run = CliRun.of(temp, "validate", "bundle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("error: self-assessment.yaml:\\d+:\\d+: `tier`: `premeir` is not a valid tier")
                .containsPattern("error: audit.yaml:\\d+:\\d+: `result`: `failed` is not a valid result")
                .endsWith("ccv: 2 input errors; nothing was evaluated.\n");
    }

    @Test
    void aZipOfABundleGivesTheSameReportAsTheFolder() throws IOException {
        Path example = Path.of("examples/passing-precheck");
        Path zip = temp.resolve("bundle.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("passing-precheck/" + example.relativize(file)));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }

        CliRun fromZip = CliRun.of("validate", zip.toString(), "--as-of", "2026-06-30", "--report",
                "json=" + temp.resolve("zip.json"));
        CliRun fromFolder = CliRun.of("validate", example.toString(), "--as-of", "2026-06-30", "--report",
                "json=" + temp.resolve("folder.json"));

        assertThat(fromZip.exitCode()).isZero();
        assertThat(fromFolder.exitCode()).isZero();
        assertThat(Files.readString(temp.resolve("zip.json"))).isEqualTo(Files.readString(temp.resolve("folder.json")));
    }
}
