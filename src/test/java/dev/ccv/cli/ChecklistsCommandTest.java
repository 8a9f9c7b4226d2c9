package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ccv checklists}: the built-in checklists, and any given with {@code --checklist}. */
class ChecklistsCommandTest {

    @Test
    void listsTheBuiltInChecklists() throws Exception {
        CliRun run = CliRun.of("checklists");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("checklists/built-in.txt", run.out());
    }

    @Test
    void addsAChecklistFile() {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "clean.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern(row("clean", "-         1.0           2  -           -"
                + "           -           -            Lint fixture"));
    }

    @Test
    void showsEachVersionsValidityAndMarksAnExpiredOne() {
        CliRun inForce = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "published.yaml",
                "--as-of", "2026-01-15");
        assertThat(inForce.out()).containsPattern(row("published", "services  2025.2        2  2025-08-29"
                + "  2026-02-28  2026-05-31  in force     Lint fixture with a public source"));
        CliRun superseded = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "published.yaml",
                "--as-of", "2026-05-31");
        assertThat(superseded.out()).contains("  2026-05-31  superseded   Lint fixture");
        CliRun expired = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "published.yaml",
                "--as-of", "2026-06-01");
        assertThat(expired.exitCode()).isZero();
        assertThat(expired.out()).contains("  2026-05-31  EXPIRED      Lint fixture")
                .endsWith("STATE as of 2026-06-01. superseded: still accepted, a newer version is expected;"
                        + " EXPIRED: no longer accepted, validating against it fails.\n");
    }

    @Test
    void aBrokenChecklistFileIsAnInputError() {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "checklists", "--checklist", "duplicate-item-id.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: duplicate-item-id.yaml:12:13: duplicate item id `BR-001`");
    }

    /** A whole row: the id, then the rest; the id column is as wide as the longest id, built-in ones included. */
    private static Pattern row(String id, String rest) {
        return Pattern.compile("\n" + Pattern.quote(id) + " +" + Pattern.quote(rest) + "\n");
    }
}
