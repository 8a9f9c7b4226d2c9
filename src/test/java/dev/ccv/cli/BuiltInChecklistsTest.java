package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every checklist shipped in {@code checklists/} lints clean, and its {@code ccv init} template
 * validates with no input error and a failing verdict (exit 1, not 2) until it is filled in.
 */
class BuiltInChecklistsTest {

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyShippedChecklistLintsClean() throws IOException {
        return shipped().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CliRun run = CliRun.of("lint", file.toString());
            assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isZero();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedChecklistsTemplateValidatesAndFails() throws IOException {
        return shipped().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            CliRun init = CliRun.of(work, "init", id, "-o", id + "/self-assessment.yaml");
            assertThat(init.exitCode()).as(init.err()).isZero();
            CliRun validate = CliRun.of(work, "validate", id, "--as-of", "2026-06-30");
            assertThat(validate.err()).as("standard error").isEmpty();
            assertThat(validate.exitCode()).as(validate.out()).isEqualTo(1);
            assertThat(validate.out()).contains("UNMET");
        }));
    }

    private static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("checklists"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).isNotEmpty();
            return yaml.stream();
        }
    }
}
