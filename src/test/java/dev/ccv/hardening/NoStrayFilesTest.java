package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is written next to the user's inputs, or in the working folder, except where --report or -o says. */
class NoStrayFilesTest {

    @TempDir
    Path folder;

    @Test
    void validateWritesNothingIntoTheBundleOrTheWorkingFolder() {
        ExampleBundle bundle = ExampleBundle.copy("audit-remediated", folder);
        Map<String, String> before = snapshot(folder);

        Ccv run = bundle.validate("--report", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void validateWritesOnlyTheReportFilesItIsAskedFor() {
        ExampleBundle bundle = ExampleBundle.passing(folder);
        Map<String, String> before = snapshot(folder);

        Ccv run = bundle.validate("--report", "json=reports/ccv.json", "--report", "text=reports/ccv.txt");

        assertThat(run.exitCode()).isZero();
        Map<String, String> after = snapshot(folder);
        assertThat(after.keySet()).containsAll(before.keySet());
        after.keySet().removeAll(before.keySet());
        assertThat(after).containsOnlyKeys("reports/ccv.json", "reports/ccv.txt");
        assertThat(snapshot(folder)).containsAllEntriesOf(before);
    }

    @Test
    void validateOfAnInvalidBundleWritesNothing() {
        ExampleBundle bundle = ExampleBundle.passing(folder).replace("  tier: advanced\n", "  tier: gold\n");
        Map<String, String> before = snapshot(folder);

        Ccv run = bundle.validate("--report", "json=ccv.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void validateOfASelfAssessmentFileWritesNothingBesideIt() {
        ExampleBundle bundle = ExampleBundle.passing(folder);
        Map<String, String> before = snapshot(folder);

        Ccv run = Ccv.run(bundle.root(), "validate", "self-assessment.yaml", "--as-of", "2026-06-30");

        assertThat(run.exitCode()).isZero();
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void initWritesOnlyTheFileNamedByOutput() {
        Map<String, String> before = snapshot(folder);

        Ccv toStandardOutput = Ccv.run(folder, "init", "aws-competency-baseline");
        assertThat(snapshot(folder)).isEqualTo(before);

        Ccv toFile = Ccv.run(folder, "init", "aws-competency-baseline", "-o", "new/self-assessment.yaml");
        assertThat(toStandardOutput.exitCode()).isZero();
        assertThat(toFile.exitCode()).isZero();
        assertThat(snapshot(folder)).containsOnlyKeys("new/self-assessment.yaml");
    }

    /** Every file under {@code root}, relative with '/', and its SHA-256, sorted. */
    private static Map<String, String> snapshot(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> digests = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
