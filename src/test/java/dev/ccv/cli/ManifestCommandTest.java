package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv manifest} seals a bundle, and {@code ccv validate} then holds it to the seal (exit 3). */
class ManifestCommandTest {

    @TempDir
    Path temp;

    Path bundle;

    @BeforeEach
    void copyExample() throws IOException {
        bundle = Portfolios.copy("passing-precheck", temp.resolve("bundle"));
    }

    @Test
    void aSealedUntouchedBundlePasses() {
        CliRun seal = CliRun.of(temp, "manifest", "bundle");
        assertThat(seal.exitCode()).isZero();
        assertThat(seal.out()).isEqualTo("wrote bundle/MANIFEST.sha256\n");

        CliRun run = CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Bundle integrity (MANIFEST.sha256): OK, 45 files verified");
    }

    @Test
    void aTamperedFileAndAnAddedFileFailIntegrityWithExitThreeAndStillWriteTheReports() throws IOException {
        CliRun.of(temp, "manifest", "bundle");
        Files.writeString(bundle.resolve("evidence/cost-review.md"), "changed after sealing\n", StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("late.txt"), "added after sealing\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30", "--report", "json=report.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("ccv: integrity failure: 2 file(s) do not match MANIFEST.sha256 (see the report).\n");
        String json = Files.readString(temp.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"sealed\": true")
                .contains("\"path\": \"evidence/cost-review.md\",\n        \"problem\": \"SHA-256 does not match the manifest\"")
                .contains("\"path\": \"late.txt\",\n        \"problem\": \"not listed in the manifest\"");
    }

    @Test
    void aCaseStudysEvidenceFileThatDoesNotExistIsReportedAtItsLineAndAsMissingFromTheSeal() throws IOException {
        Path selfAssessment = bundle.resolve("self-assessment.yaml");
        Files.writeString(selfAssessment, Files.readString(selfAssessment).replaceFirst(
                "evidence: \\[evidence/globex/architecture.md\\]", "evidence: [evidence/globex/architecture.pdf]"));

        CliRun unsealed = CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30");
        CliRun.of(temp, "manifest", "bundle");
        CliRun sealed = CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30", "--report", "json");

        assertThat(unsealed.exitCode()).isZero();
        // the text report wraps the note
        assertThat(unsealed.out().replaceAll("\\s+", " ")).contains("self-assessment.yaml:30:16: case study cs-globex: evidence not found:"
                + " evidence/globex/architecture.pdf");
        assertThat(sealed.exitCode()).isEqualTo(3);
        assertThat(sealed.out()).contains("\"self-assessment.yaml:30:16: case study cs-globex: evidence not found:"
                        + " evidence/globex/architecture.pdf\"")
                .contains("\"path\": \"evidence/globex/architecture.pdf\",\n        \"problem\": \"referenced as"
                        + " evidence but missing\"")
                .doesNotContain("not listed in the manifest");
    }

    @Test
    void aFileIsNotABundleFolder() {
        CliRun run = CliRun.of(temp, "manifest", "bundle/self-assessment.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: bundle/self-assessment.yaml: not a folder; seal the bundle folder,"
                + " then zip it if you need a .zip\n");
    }
}
