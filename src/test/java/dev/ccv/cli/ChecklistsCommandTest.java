package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ccv checklists}: the built-in checklists, and any given with {@code --checklist}. */
class ChecklistsCommandTest {

    @Test
    void listsTheBuiltInChecklists() throws Exception {
        CliRun run = CliRun.of("checklists");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFile.assertMatches("checklists/built-in.txt", run.out());
    }

    @Test
    void addsAChecklistFile() {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "clean.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\nclean                               1.0           2  Lint fixture\n");
    }

    @Test
    void aBrokenChecklistFileIsAnInputError() {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "duplicate-item-id.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: duplicate-item-id.yaml:12:13: duplicate item id `BR-001`");
    }
}
