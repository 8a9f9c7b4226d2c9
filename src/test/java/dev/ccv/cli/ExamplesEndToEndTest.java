package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real CLI over every bundle in {@code examples/} and compares the whole text and JSON
 * reports, and the exit code, with golden files. A new example without golden files fails.
 */
class ExamplesEndToEndTest {

    static final String AS_OF = "2026-06-30";

    @TempDir
    Path reports;

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenReports() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            return examples.filter(Files::isDirectory).sorted()
                    .map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> check(example)))
                    .toList().stream();
        }
    }

    private void check(Path example) throws IOException {
        String name = example.getFileName().toString();
        Path json = reports.resolve(name + ".json");
        CliRun run = CliRun.of("validate", example.toString(), "--as-of", AS_OF,
                "--report", "text", "--report", "json=" + json);
        assertThat(run.err()).as("standard error").isEmpty();
        GoldenFile.assertMatches("examples/" + name + "/report.txt", normalise(run.out()));
        GoldenFile.assertMatches("examples/" + name + "/report.json",
                normalise(Files.readString(json, StandardCharsets.UTF_8)));
        GoldenFile.assertMatches("examples/" + name + "/exit-code", run.exitCode() + "\n");
    }

    /** The tool's version changes with every release; the goldens hold a placeholder. */
    static String normalise(String report) {
        return report.replace(VersionProvider.version(), "VERSION");
    }
}
