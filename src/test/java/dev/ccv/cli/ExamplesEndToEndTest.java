package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real CLI over every bundle in {@code examples/} as the README shows it, without
 * {@code --as-of}, and compares the whole text and JSON reports, and the exit code, with golden
 * files. A new example without golden files fails. Each example carries its own dates (the
 * application date, the audit date), so a run years later gives the same reports.
 */
class ExamplesEndToEndTest {

    private static final Instant YEARS_LATER = CliRun.NOW.plus(Duration.ofDays(3 * 365 + 40));

    @TempDir
    Path reports;

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenReports() throws IOException {
        return examples().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(),
                () -> check(example)));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheSameReportsYearsLater() throws IOException {
        return examples().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            Path today = reports.resolve("today.json");
            Path later = reports.resolve("later.json");
            CliRun now = CliRun.of("validate", example.toString(), "--report", "text", "--report", "json=" + today);
            CliRun then = CliRun.at(YEARS_LATER, Path.of("").toAbsolutePath(), "validate", example.toString(),
                    "--report", "text", "--report", "json=" + later);
            assertThat(then.exitCode()).isEqualTo(now.exitCode());
            assertThat(then.out()).isEqualTo(now.out());
            assertThat(Files.readString(later, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(today, StandardCharsets.UTF_8))
                    .doesNotContain("\"asOfSource\": \"today\"");
        }));
    }

    private static Stream<Path> examples() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            return examples.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private void check(Path example) throws IOException {
        String name = example.getFileName().toString();
        Path json = reports.resolve(name + ".json");
        CliRun run = CliRun.of("validate", example.toString(), "--report", "text", "--report", "json=" + json);
        assertThat(run.err()).as("standard error").isEmpty();
        GoldenFiles.assertMatches("examples/" + name + "/report.txt", normalise(run.out()));
        GoldenFiles.assertMatches("examples/" + name + "/report.json",
                normalise(Files.readString(json, StandardCharsets.UTF_8)));
        GoldenFiles.assertMatches("examples/" + name + "/exit-code", run.exitCode() + "\n");
    }

    /** The tool's version changes with every release; the goldens hold a placeholder. */
    static String normalise(String report) {
        return report.replace(VersionProvider.version(), "VERSION");
    }
}
