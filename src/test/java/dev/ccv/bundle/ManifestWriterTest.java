package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryFileButTheManifestSortedByPath() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.createDirectories(bundle.resolve("evidence/globex"));
        Files.writeString(bundle.resolve("evidence/globex/architecture.pdf"), "abc");
        Files.writeString(bundle.resolve("evidence/.hidden"), "");
        Files.writeString(bundle.resolve("MANIFEST.sha256"), "an older manifest\n");

        Path manifest = ManifestWriter.write(bundle, ProgressListener.NONE);

        assertThat(manifest).isEqualTo(bundle.resolve("MANIFEST.sha256"));
        assertThat(Files.readString(manifest)).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  evidence/.hidden\n"
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  evidence/globex/architecture.pdf\n"
                + ParallelHasher.sha256(bundle.resolve("self-assessment.yaml")) + "  self-assessment.yaml\n");
    }

    @Test
    void sha256sumChecksTheManifestOfABundleWithSpacesAndNonAsciiNames() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("Dossier d'évaluation 2025"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.createDirectories(bundle.resolve("preuves/客户 案例"));
        Files.writeString(bundle.resolve("preuves/客户 案例/архитектура v2.pdf"), "pdf");
        Files.writeString(bundle.resolve("preuves/back\\slash.txt"), "odd");
        Files.writeString(bundle.resolve("preuves/line\nbreak.txt"), "odder");

        ManifestWriter.write(bundle, ProgressListener.NONE);
        Sha256sum.Run check = Sha256sum.run(bundle, "--strict", "-c", "MANIFEST.sha256");

        assertThat(check.output()).isEqualTo("preuves/back\\slash.txt: OK\n"
                + "\\preuves/line\\nbreak.txt: OK\n"
                + "preuves/客户 案例/архитектура v2.pdf: OK\n"
                + "self-assessment.yaml: OK\n");
        assertThat(check.status()).isZero();
    }
}
