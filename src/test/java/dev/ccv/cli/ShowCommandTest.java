package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ccv show}: a checklist in plain language, and what it says about a name that is no checklist. */
class ShowCommandTest {

    /** The ids the message lists: one per file shipped in {@code checklists/}, sorted (each file is named after its id). */
    static final String BUILT_IN = shippedIds();

    private static String shippedIds() {
        try (Stream<Path> files = Files.list(Path.of("checklists"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted()
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void explainsTheBaselineChecklist() throws Exception {
        CliRun run = CliRun.of("show", "aws-competency-baseline");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("show/aws-competency-baseline.txt", run.out());
    }

    @Test
    void explainsCategoriesAndConditionsOfAChecklistFile() throws Exception {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "show", "clean.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("show/clean.txt", run.out());
    }

    @Test
    void showsTheSourceValidityAndAssumptions() throws Exception {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "show", "published.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("show/published.txt", run.out());
    }

    @Test
    void anUnknownIdListsTheBuiltInChecklists() {
        CliRun run = CliRun.of("show", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: nope: not a checklist file nor the id of a built-in checklist;"
                + " the built-in checklists are " + BUILT_IN + "\n"
                + "ccv: 1 input error.\n");
    }

    @Test
    void aMisspeltIdGetsASuggestion() {
        CliRun run = CliRun.of("show", "aws-devops-competncy");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: aws-devops-competncy: not a checklist file nor the id of a built-in"
                + " checklist; the built-in checklists are " + BUILT_IN + " (did you mean `aws-devops-competency`?)\n");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("show", "my-checklist.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: my-checklist.yaml: no such checklist file; give an existing file or"
                + " the id of a built-in checklist (see `ccv checklists`)\n");
    }

    @Test
    void aChecklistWithAnInvalidCheckIsAnInputErrorNotACrash() {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "show", "unknown-check-type.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: unknown-check-type.yaml:12:24: unknown check type `attestaton`"
                + " (did you mean `attestation`?)\n"
                + "ccv: 1 input error.\n");
    }
}
