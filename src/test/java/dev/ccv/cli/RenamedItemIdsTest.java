package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-assessment written before ccv's own item ids took the CCV prefix (BR-004, CS-001) is told
 * the new id, not the id nearest in spelling (ARC-004).
 */
class RenamedItemIdsTest {

    @TempDir
    Path temp;

    @Test
    void anOldIdOfCcvsOwnPointsAtItsNewName() throws IOException {
        Path bundle = Portfolios.copy("passing-precheck", temp.resolve("bundle"));
        Path file = bundle.resolve("self-assessment.yaml");
        Files.writeString(file, Files.readString(file).replace("  CCVBR-004:", "  BR-004:"));

        CliRun run = CliRun.of(temp, "validate", "bundle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:78:3: a response to `BR-004`, which checklist"
                + " `aws-competency-baseline` does not have (did you mean `CCVBR-004`?)\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
    }

    @Test
    void anIdThatWasNeverRenamedStillGetsTheNearestSpelling() throws IOException {
        Path bundle = Portfolios.copy("passing-precheck", temp.resolve("bundle"));
        Path file = bundle.resolve("self-assessment.yaml");
        Files.writeString(file, Files.readString(file).replace("  CCVBR-004:", "  CCVBR-04:"));

        CliRun run = CliRun.of(temp, "validate", "bundle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a response to `CCVBR-04`, which checklist `aws-competency-baseline`"
                + " does not have (did you mean `CCVBR-004`?)");
    }
}
