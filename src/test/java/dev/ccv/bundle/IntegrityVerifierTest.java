package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityVerifierTest {

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void sealedBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.writeString(bundle.resolve("audit.yaml"), "kind: audit\n");
        Files.createDirectories(bundle.resolve("evidence/globex"));
        Files.writeString(bundle.resolve("evidence/globex/architecture.pdf"), "architecture");
        Files.writeString(bundle.resolve("evidence/thought-leadership.md"), "# talks");
        ManifestWriter.write(bundle, ProgressListener.NONE);
    }

    @Test
    void aBundleWithoutManifestIsUnsealed() throws IOException {
        Files.delete(bundle.resolve("MANIFEST.sha256"));

        assertThat(verify("evidence/thought-leadership.md")).isEqualTo(Integrity.UNSEALED);
    }

    @Test
    void anUntouchedBundleVerifiesEveryListedFile() {
        Integrity integrity = verify("evidence/globex/architecture.pdf", "./evidence/thought-leadership.md");

        // audit.yaml belongs to the auditor's layer, which this bundle has not sealed
        assertThat(integrity).isEqualTo(new Integrity(true, 3, List.of()));
    }

    @Test
    void aTamperedFileFailsIntegrity() throws IOException {
        Files.writeString(bundle.resolve("evidence/globex/architecture.pdf"), "architecture, improved");

        assertThat(verify("evidence/globex/architecture.pdf")).isEqualTo(new Integrity(true, 2, List.of(
                new IntegrityProblem("evidence/globex/architecture.pdf", "SHA-256 does not match the manifest"))));
    }

    @Test
    void aMissingFileFailsIntegrity() throws IOException {
        Files.delete(bundle.resolve("evidence/thought-leadership.md"));

        assertThat(verify().problems()).containsExactly(
                new IntegrityProblem("evidence/thought-leadership.md", "listed in the manifest but missing"));
    }

    @Test
    void eachLayerCoversItsOwnFiles() throws IOException {
        ManifestWriter.write(bundle, SealScope.AUDITOR, ProgressListener.NONE);
        Files.createDirectories(bundle.resolve("audit"));
        Files.writeString(bundle.resolve("audit/notes.md"), "added after the auditor sealed");
        Files.writeString(bundle.resolve("audit.yaml"), "kind: audit\nedited: true\n");

        Integrity integrity = verify("audit/evidence.png", "evidence/globex/architecture.pdf");

        assertThat(integrity.layers()).containsExactly(
                new SealLayer("partner", "MANIFEST.sha256", true, 3, List.of()),
                new SealLayer("auditor", "audit/MANIFEST.sha256", true, 0, List.of(
                        new IntegrityProblem("audit.yaml", "SHA-256 does not match the manifest"),
                        new IntegrityProblem("audit/evidence.png", "referenced as evidence but missing"),
                        new IntegrityProblem("audit/notes.md", "not listed in the manifest"))));
        assertThat(integrity.failedManifests()).isEqualTo("audit/MANIFEST.sha256");
    }

    @Test
    void aPartnerManifestFromBeforeTheAuditorsLayerStillHoldsTheAuditRecordItLists() throws IOException {
        Manifest listed = Manifest.read(bundle.resolve("MANIFEST.sha256"));
        java.util.Map<String, String> entries = new java.util.TreeMap<>(listed.entries());
        entries.put("audit.yaml", "0".repeat(64));
        Manifest.of(entries).write(bundle.resolve("MANIFEST.sha256"));

        assertThat(verify().problems()).containsExactly(
                new IntegrityProblem("audit.yaml", "SHA-256 does not match the manifest"));
    }

    @Test
    void anExtraFileFailsIntegrityEvenWhenNothingRefersToIt() throws IOException {
        Files.writeString(bundle.resolve("evidence/notes.txt"), "added after sealing");

        assertThat(verify().problems()).containsExactly(
                new IntegrityProblem("evidence/notes.txt", "not listed in the manifest"));
    }

    @Test
    void unlistedEvidenceFailsIntegrityAndAMissingFileIsCalledMissing() throws IOException {
        Files.writeString(bundle.resolve("evidence/remediation.png"), "png");

        assertThat(verify("evidence/remediation.png", "evidence/never-added.pdf", "evidence/globex/architecture.pdf")
                .problems()).containsExactly(
                new IntegrityProblem("evidence/never-added.pdf", "referenced as evidence but missing"),
                new IntegrityProblem("evidence/remediation.png", "referenced as evidence but not listed in the manifest"));
    }

    @Test
    void namesEveryProblemSortedByPath() throws IOException {
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\nedited: true\n");
        Files.delete(bundle.resolve("evidence/thought-leadership.md"));
        Files.writeString(bundle.resolve("zz-extra.txt"), "extra");

        assertThat(verify().problems()).containsExactly(
                new IntegrityProblem("evidence/thought-leadership.md", "listed in the manifest but missing"),
                new IntegrityProblem("self-assessment.yaml", "SHA-256 does not match the manifest"),
                new IntegrityProblem("zz-extra.txt", "not listed in the manifest"));
    }

    @Test
    void ignoresTheManifestListingItselfAndReferencesLeavingTheBundle() throws IOException {
        Files.writeString(bundle.resolve("MANIFEST.sha256"), "0".repeat(64) + "  ./MANIFEST.sha256\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(verify("../elsewhere.pdf", "/etc/passwd").problems()).isEmpty();
    }

    @Test
    void verifiesABundleWhosePathHasSpacesAndNonAsciiNames() throws IOException {
        Path named = Files.createDirectories(dir.resolve("Dossier d'évaluation 2025"));
        Files.writeString(named.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.createDirectories(named.resolve("preuves/客户 案例"));
        Files.writeString(named.resolve("preuves/客户 案例/архитектура v2.pdf"), "pdf");
        ManifestWriter.write(named, ProgressListener.NONE);
        Files.writeString(named.resolve("preuves/客户 案例/архитектура v2.pdf"), "changed");

        assertThat(IntegrityVerifier.verify(named, List.of("preuves/客户 案例/архитектура v2.pdf"), ProgressListener.NONE))
                .isEqualTo(new Integrity(true, 1, List.of(new IntegrityProblem(
                        "preuves/客户 案例/архитектура v2.pdf", "SHA-256 does not match the manifest"))));
    }

    private Integrity verify(String... references) {
        return IntegrityVerifier.verify(bundle, List.of(references), ProgressListener.NONE);
    }
}
