package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    @TempDir
    Path dir;

    @Test
    void writesSha256sumLinesSortedByPathInByteOrder() throws IOException {
        Path file = dir.resolve("MANIFEST.sha256");

        Manifest.of(Map.of("évidence/z.pdf", A, "Zeta.md", B, "audit.yaml", C)).write(file);

        assertThat(Files.readString(file)).isEqualTo(
                B + "  Zeta.md\n" + C + "  audit.yaml\n" + A + "  évidence/z.pdf\n");
        assertThat(dir.resolve("MANIFEST.sha256.partial")).doesNotExist();
    }

    @Test
    void escapesBackslashesAndLineBreaksTheWaySha256sumDoes() throws IOException {
        Path file = dir.resolve("MANIFEST.sha256");

        Manifest.of(Map.of("back\\slash.txt", A, "line\nbreak.txt", B, "carriage\rreturn.txt", C)).write(file);

        assertThat(Files.readString(file)).isEqualTo("\\" + A + "  back\\\\slash.txt\n"
                + "\\" + C + "  carriage\\rreturn.txt\n"
                + "\\" + B + "  line\\nbreak.txt\n");
        assertThat(Manifest.read(file).entries()).containsExactly(Map.entry("back\\slash.txt", A),
                Map.entry("carriage\rreturn.txt", C), Map.entry("line\nbreak.txt", B));
    }

    @Test
    void readsTextAndBinaryModeTaggedLinesCommentsBlankLinesAndCrLf() throws IOException {
        Path file = Files.writeString(dir.resolve("MANIFEST.sha256"), "# sealed by the partner\n"
                + A.toUpperCase() + "  ./self-assessment.yaml\r\n"
                + "\n"
                + B + " *evidence/report with spaces.pdf\n"
                + "SHA256 (evidence/tagged.txt) = " + C);

        assertThat(Manifest.read(file).entries()).containsExactly(
                Map.entry("evidence/report with spaces.pdf", B),
                Map.entry("evidence/tagged.txt", C),
                Map.entry("self-assessment.yaml", A));
    }

    @Test
    void namesEachUnreadableLineWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("MANIFEST.sha256"), A + "  ok.txt\n"
                + "deadbeef  short.txt\n"
                + A + "  ../outside.txt\n"
                + B + "  ok.txt\n"
                + "\\" + C + "  bad\\escape\n");

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::render).containsExactly(
                                "MANIFEST.sha256:2: not a sha256sum line: expected 64 hexadecimal digits,"
                                        + " two spaces and a path",
                                "MANIFEST.sha256:3: \"../outside.txt\" is not a path inside the bundle; list each"
                                        + " file relative to the bundle folder, e.g. evidence/report.pdf",
                                "MANIFEST.sha256:4: \"ok.txt\" is listed twice (first on line 1); keep one line"
                                        + " per file",
                                "MANIFEST.sha256:5: not a sha256sum line: in an escaped path (a line starting with"
                                        + " a backslash) only \\\\, \\n and \\r may follow a backslash"));
    }

    @Test
    void refusesAbsolutePathsAndNonUtf8Names() throws IOException {
        byte[] latin1 = (B + "  caf\u00e9.txt\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("MANIFEST.sha256");
        Files.write(file, (A + "  /etc/passwd\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::render).containsExactly(
                                "MANIFEST.sha256:1: \"/etc/passwd\" is not a path inside the bundle; list each"
                                        + " file relative to the bundle folder, e.g. evidence/report.pdf",
                                "MANIFEST.sha256:2: not UTF-8 text; write file names in UTF-8 (run sha256sum"
                                        + " under a UTF-8 locale)"));
    }

    @Test
    void readsAManifestWrittenBySha256sumItself() throws Exception {
        Files.createDirectories(dir.resolve("évidence/année 2025"));
        Path report = Files.writeString(dir.resolve("évidence/année 2025/rapport final.pdf"), "pdf");
        Path odd = Files.writeString(dir.resolve("back\\slash.txt"), "odd");
        Files.writeString(dir.resolve("self-assessment.yaml"), "kind: self-assessment\n");

        Sha256sum.Run run = Sha256sum.run(dir, "self-assessment.yaml", "évidence/année 2025/rapport final.pdf",
                "back\\slash.txt");
        Path file = Files.writeString(dir.resolve("MANIFEST.sha256"), run.output());

        assertThat(run.status()).isZero();
        assertThat(Manifest.read(file).entries()).containsExactly(
                Map.entry("back\\slash.txt", ParallelHasher.sha256(odd)),
                Map.entry("self-assessment.yaml", ParallelHasher.sha256(dir.resolve("self-assessment.yaml"))),
                Map.entry("évidence/année 2025/rapport final.pdf", ParallelHasher.sha256(report)));
    }
}
