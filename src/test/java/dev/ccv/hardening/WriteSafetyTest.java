package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccv.files.Canary;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bundle is hostile: each attack on what ccv writes and hashes, arranged for real with links in a
 * temporary folder, and a canary file outside the bundle that must stay unread and unchanged.
 */
class WriteSafetyTest {

    @TempDir
    Path folder;

    ExampleBundle bundle;
    Canary canary;

    @BeforeEach
    void arrange() {
        bundle = ExampleBundle.passing(folder);
        canary = Canary.plant(folder.resolve("home/precious"));
    }

    @Test
    void aLinkOutOfTheBundleIsNeitherHashedNorListedButAnErrorNamingIt() throws IOException {
        Files.createSymbolicLink(bundle.root().resolve("evidence/h"), canary.file());

        Ccv run = Ccv.run(folder, "manifest", "passing-precheck");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: evidence/h: leads outside the bundle through the symbolic link `evidence/h`");
        assertThat(bundle.root().resolve("MANIFEST.sha256")).doesNotExist();
        canary.assertUntouched(run.out(), run.err());
    }

    @Test
    void aPlantedManifestListingALinkOutOfTheBundleDoesNotCountItVerified() throws IOException {
        assertThat(Ccv.run(folder, "manifest", "passing-precheck").exitCode()).isZero();
        Files.createSymbolicLink(bundle.root().resolve("evidence/h"), canary.file());
        // the bundle's author guesses the auditor's file and lists its hash
        bundle.write("MANIFEST.sha256", bundle.read("MANIFEST.sha256") + canary.sha256() + "  evidence/h\n");
        canary.assertUntouched();

        Ccv run = bundle.validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("evidence/h: leads outside the bundle through the symbolic link `evidence/h`");
        assertThat(run.out()).doesNotContain("verified");
        canary.assertUntouched(run.out(), run.err());
    }

    @Test
    void aManifestLargerThanTheLimitIsAnInputErrorNotAnOutOfMemoryCrash() throws IOException {
        // sparse: 1.5 GB on paper, nothing on disk; ccv stops reading at 64 MiB and one byte
        try (RandomAccessFile manifest = new RandomAccessFile(bundle.root().resolve("MANIFEST.sha256").toFile(), "rw")) {
            manifest.setLength(1_500_000_000L);
        }

        Ccv run = bundle.validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: MANIFEST.sha256: the file is too large (more than 64 MiB,");
    }

    @Test
    void aManifestThatIsALinkOutOfTheBundleIsReplacedNotWrittenThrough() throws IOException {
        Path manifest = bundle.root().resolve("MANIFEST.sha256");
        Files.createSymbolicLink(manifest, canary.file());

        Ccv run = Ccv.run(folder, "manifest", "passing-precheck");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(manifest)).isFalse();
        assertThat(Files.readString(manifest)).contains("  self-assessment.yaml\n");
        canary.assertUntouched(run.out(), run.err());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aPlantedPartialManifestLinkIsALinkOutOfTheBundleAndLeftAlone() throws IOException {
        Path partial = Files.createSymbolicLink(bundle.root().resolve("MANIFEST.sha256.partial"), canary.file());

        Ccv run = Ccv.run(folder, "manifest", "passing-precheck");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: MANIFEST.sha256.partial: leads outside the bundle through the symbolic"
                + " link `MANIFEST.sha256.partial`");
        assertThat(Files.readSymbolicLink(partial)).isEqualTo(canary.file());
        assertThat(bundle.root().resolve("MANIFEST.sha256")).doesNotExist();
        canary.assertUntouched(run.out(), run.err());
    }

    @Test
    void sealingThroughALinkToTheBundleKeepsTheSeal() throws IOException {
        assertThat(Ccv.run(folder, "manifest", "passing-precheck").exitCode()).isZero();
        String sealed = bundle.read("MANIFEST.sha256");
        Files.createSymbolicLink(folder.resolve("bl"), Path.of("passing-precheck"));

        Ccv reseal = Ccv.run(folder, "manifest", "bl");
        Ccv validate = Ccv.run(folder, "validate", "bl", "--as-of", "2026-06-30");

        assertThat(reseal.exitCode()).isZero();
        assertThat(bundle.read("MANIFEST.sha256")).isEqualTo(sealed).hasLineCount(45);
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("OK, 45 files verified");
    }

    @ParameterizedTest(name = "--report json={0}")
    @CsvSource({
        "passing-precheck/self-assessment.yaml, passing-precheck/self-assessment.yaml",
        "passing-precheck/evidence/globex/architecture.md, passing-precheck/evidence/globex/architecture.md",
        "passing-precheck/./evidence/../self-assessment.yaml, passing-precheck/self-assessment.yaml",
        "checklist.yaml, checklist.yaml",
    })
    void aReportNeverReplacesAnInputOfTheRun(String report, String input) throws IOException {
        Files.copy(Path.of("checklists/aws-competency-baseline.yaml"), folder.resolve("checklist.yaml"));
        Path file = folder.resolve(input);
        String before = Files.readString(file);
        FileTime modified = Files.getLastModifiedTime(file);

        Ccv run = bundle.validate("--checklist", "checklist.yaml", "--report", "json=" + report);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + report + ": the json report would replace `" + input
                + "`, which this run reads; write it to another file");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void aReportNeverReplacesTheZipItWasMadeFrom() throws IOException, InterruptedException {
        Process zip = new ProcessBuilder("sh", "-c", "command -v zip >/dev/null && zip -qr bundle.zip passing-precheck")
                .directory(folder.toFile()).start();
        assumeTrue(zip.waitFor() == 0, "zip is not on PATH");
        byte[] before = Files.readAllBytes(folder.resolve("bundle.zip"));

        Ccv run = Ccv.run(folder, "validate", "bundle.zip", "--as-of", "2026-06-30", "--report", "json=bundle.zip");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: bundle.zip: the json report would replace `bundle.zip`");
        assertThat(Files.readAllBytes(folder.resolve("bundle.zip"))).isEqualTo(before);
    }

    @Test
    void aReportAtALinkReplacesTheLinkAndLeavesItsTargetAlone() throws IOException {
        Path report = folder.resolve("report.json");
        Files.createSymbolicLink(report, canary.file());

        Ccv run = bundle.validate("--report", "json=report.json");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(report)).isFalse();
        assertThat(Files.readString(report)).contains("\"verdict\"");
        canary.assertUntouched(run.out(), run.err());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aTemplateNeverReplacesTheChecklistItIsMadeFrom() throws IOException {
        Path checklist = Files.copy(Path.of("checklists/aws-competency-baseline.yaml"), folder.resolve("mine.yaml"));
        String before = Files.readString(checklist);

        Ccv run = Ccv.run(folder, "init", "mine.yaml", "-o", "mine.yaml", "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: mine.yaml: the template would replace `mine.yaml`, which this run reads");
        assertThat(Files.readString(checklist)).isEqualTo(before);
    }

    @Test
    void aFullDiskLeavesThePreviousReportWholeAndNoTemporaryFile() throws Exception {
        Path report = Files.writeString(folder.resolve("report.json"), "the previous report\n");

        // ulimit -f 8: no file of this process may grow past 8 KiB, as on a nearly full disk; the JSON report is larger
        Launched run = Launched.run(folder, "ulimit -f 8;", "validate", "passing-precheck", "--as-of", "2026-06-30",
                "--report", "json=report.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ccv: report.json: cannot write the file (File too large);"
                + " the previous file is unchanged\n");
        assertThat(Files.readString(report)).isEqualTo("the previous report\n");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aFullStandardOutputIsExitTwoWithAMessage() throws Exception {
        Launched run = Launched.run(folder, "exec >/dev/full;", "validate", "passing-precheck", "--as-of", "2026-06-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ccv: cannot write to standard output (No space left on device);"
                + " what ccv printed there is incomplete\n");
    }

    @Test
    void aClosedStandardOutputIsExitTwoWithAMessage() throws Exception {
        Launched run = Launched.run(folder, "exec >&-;", "validate", "passing-precheck", "--as-of", "2026-06-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ccv: cannot write to standard output (")
                .endsWith("); what ccv printed there is incomplete\n");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ccv-tmp")).toList();
        }
    }

    /** ccv's main class in a JVM of its own, started by bash after {@code setup} (a ulimit, a redirection). */
    private record Launched(int exitCode, String err) {

        static Launched run(Path folder, String setup, String... args) throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElse("java");
            StringBuilder command = new StringBuilder(setup).append(" exec '").append(java)
                    .append("' -XX:-UsePerfData -Xshare:off -cp \"$CCV_CP\" dev.ccv.cli.Main");
            for (String arg : args) {
                command.append(" '").append(arg).append('\'');
            }
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command.toString()).directory(folder.toFile());
            builder.environment().put("CCV_CP", System.getProperty("java.class.path"));
            Path err = folder.resolve("stderr.txt");
            Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int code = process.waitFor();
            String text = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            return new Launched(code, text);
        }
    }
}
