package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two layers of a bundle's seal: the partner's MANIFEST.sha256 leaves audit.yaml and audit/ to
 * the auditor, whose own audit/MANIFEST.sha256 ({@code ccv manifest --audit}) seals them.
 */
class SealLayersTest {

    @TempDir
    Path temp;

    Path bundle;

    @BeforeEach
    void copyAuditExample() throws IOException {
        bundle = Portfolios.copy("audit-remediated", temp.resolve("bundle"));
    }

    private CliRun validate(String... reports) {
        String[] args = Stream.concat(Stream.of("validate", "bundle", "--as-of", "2026-06-30"), Stream.of(reports))
                .toArray(String[]::new);
        return CliRun.of(temp, args);
    }

    @Test
    void anAuditAddedToAPartnerSealedBundleLeavesTheSealWhole() throws IOException {
        Path audit = bundle.resolve("audit.yaml");
        String record = Files.readString(audit);
        Files.delete(audit);
        assertThat(CliRun.of(temp, "manifest", "bundle").out()).isEqualTo("wrote bundle/MANIFEST.sha256\n");
        Files.writeString(audit, record);
        Files.createDirectories(bundle.resolve("audit"));
        Files.writeString(bundle.resolve("audit/working-papers.md"), "sampled 12 change tickets\n");

        CliRun run = validate();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Bundle integrity (MANIFEST.sha256): OK, 49 files verified\n"
                + "Bundle integrity (audit/MANIFEST.sha256): not sealed (the auditor's layer)\n");
        assertThat(Files.readString(bundle.resolve("MANIFEST.sha256"))).doesNotContain("audit.yaml");
    }

    @Test
    void bothLayersSealedAndUntouchedPass() {
        CliRun.of(temp, "manifest", "bundle");
        CliRun seal = CliRun.of(temp, "manifest", "--audit", "bundle");

        CliRun run = validate("--report", "json");

        assertThat(seal.exitCode()).isZero();
        assertThat(seal.out()).isEqualTo("wrote bundle/audit/MANIFEST.sha256\n");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("""
                    "layers": [
                      {
                        "owner": "partner",
                        "manifest": "MANIFEST.sha256",
                        "sealed": true,
                        "filesVerified": 49,
                        "problems": []
                      },
                      {
                        "owner": "auditor",
                        "manifest": "audit/MANIFEST.sha256",
                        "sealed": true,
                        "filesVerified": 1,
                        "problems": []
                      }
                    ]""".indent(4).stripTrailing());
    }

    @Test
    void aChangedAuditRecordFailsTheAuditorsLayerWithExitThree() throws IOException {
        CliRun.of(temp, "manifest", "bundle");
        CliRun.of(temp, "manifest", "--audit", "bundle");
        Path audit = bundle.resolve("audit.yaml");
        Files.writeString(audit, Files.readString(audit).replace("remediation: remediated", "remediation: open"));

        CliRun run = validate();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("ccv: integrity failure: 1 file(s) do not match audit/MANIFEST.sha256"
                + " (see the report).\n");
        assertThat(run.out()).contains("Bundle integrity (MANIFEST.sha256): OK, 49 files verified\n"
                + "Bundle integrity (audit/MANIFEST.sha256): FAILED, 0 files verified, 1 problem\n"
                + "  audit.yaml: SHA-256 does not match the manifest\n");
        assertThat(validate("--report", "html").out())
                .contains("1 file(s) do not match audit/MANIFEST.sha256 (exit code 3).")
                .contains("<p>MANIFEST.sha256 (the partner's layer): all 49 files match.</p>");
    }

    @Test
    void aFileAddedToTheAuditorsFolderFailsTheAuditorsLayer() throws IOException {
        CliRun.of(temp, "manifest", "--audit", "bundle");
        Files.createDirectories(bundle.resolve("audit"));
        Files.writeString(bundle.resolve("audit/late.md"), "added after sealing\n", StandardCharsets.UTF_8);

        CliRun run = validate("--report", "markdown");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("**FAILED**: 1 file verified against audit/MANIFEST.sha256 (the auditor's layer), 1 problem.")
                .contains("| audit/late.md | not listed in the manifest |");
    }

    @Test
    void aChangedPartnerFileFailsThePartnersLayerWithExitThree() throws IOException {
        CliRun.of(temp, "manifest", "bundle");
        CliRun.of(temp, "manifest", "--audit", "bundle");
        Files.writeString(bundle.resolve("self-assessment.yaml"),
                Files.readString(bundle.resolve("self-assessment.yaml")) + "# edited after sealing\n");

        CliRun run = validate();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("ccv: integrity failure: 1 file(s) do not match MANIFEST.sha256"
                + " (see the report).\n");
        assertThat(run.out()).contains("Bundle integrity (audit/MANIFEST.sha256): OK, 1 file verified\n");
    }

    @Test
    void sealingTheAuditorsLayerNeedsAnAuditRecord() throws IOException {
        Files.delete(bundle.resolve("audit.yaml"));

        CliRun run = CliRun.of(temp, "manifest", "--audit", "bundle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + bundle + ": nothing for the auditor to seal: the bundle has"
                + " neither audit.yaml nor files under audit/; add the audit record first\n");
        assertThat(bundle.resolve("audit")).doesNotExist();
    }
}
