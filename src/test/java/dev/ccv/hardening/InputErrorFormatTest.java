package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How input errors reach the user through {@code ccv validate}: each as {@code FILE:LINE:COLUMN: what
 * is wrong}, with the nearest valid name where one is close, all of a file's errors in one run, capped.
 */
class InputErrorFormatTest {

    static final String ERROR_LINE = "error: [^:]+:\\d+:\\d+: .+";

    @TempDir
    Path folder;

    @Test
    void severalErrorsInOneFileAreReportedTogetherInLineOrder() {
        Ccv run = ExampleBundle.passing(folder)
                .replace("  tier: advanced\n", "  teir: advanced\n")
                .replace("    customer: Umbrella Health\n    public: false\n", "    customer: Umbrella Health\n    public: maybe\n")
                .replace("dateDelivered: 2025-07-14", "dateDelivered: 14/03/2025")
                .validate();

        assertThat(run.err()).isEqualTo("""
                error: self-assessment.yaml:8:3: unknown key `teir` in `partner` (did you mean `tier`?)
                error: self-assessment.yaml:27:20: `dateDelivered` must be a date written YYYY-MM-DD, found the text `14/03/2025`
                error: self-assessment.yaml:49:13: `public` must be true or false, found the text `maybe`
                ccv: 3 input errors; nothing was evaluated.
                """);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void everyErrorLineNamesFileLineAndColumn() {
        Ccv run = ExampleBundle.passing(folder)
                .replace("  tier: advanced\n", "  tier: platinum\n")
                .replace("    customer: Initech\n", "    customer: [Initech]\n")
                .append("corporateEvents:\n  - type: merged\n    counterparty: Initech\n")
                .validate();

        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")))
                .hasSize(3)
                .allMatch(line -> line.matches(ERROR_LINE));
    }

    @Test
    void aMisspeltValueSuggestsTheNearestValidOne() {
        Ccv run = ExampleBundle.passing(folder).replace("  tier: advanced\n", "  tier: advnced\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:8:9: `tier`: `advnced` is not a valid tier;"
                + " valid: registered, select, advanced, premier (did you mean `advanced`?)\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
    }

    @Test
    void aResponseToAnItemTheChecklistLacksSuggestsTheNearestItem() {
        Ccv run = ExampleBundle.passing(folder).replace("  COST-001:\n", "  COST-01:\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:216:3: a response to `COST-01`, which"
                + " checklist `aws-competency-baseline` does not have (did you mean `COST-001`?)\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void manyErrorsAreCappedWithTheTotalCounted() {
        String unknownKeys = IntStream.rangeClosed(1, 60).mapToObj(i -> "extra" + i + ": x\n")
                .collect(Collectors.joining());
        Ccv run = ExampleBundle.passing(folder).append(unknownKeys).validate();

        assertThat(run.err().lines().filter(line -> line.startsWith("error: "))).hasSize(50)
                .allMatch(line -> line.matches(ERROR_LINE));
        assertThat(run.err().lines()).first().isEqualTo("error: self-assessment.yaml:219:1: unknown key `extra1`"
                + " in the self-assessment; valid keys: kind, checklist, checklistVersion, applicationDate, partner, solution,"
                + " caseStudies, responses, corporateEvents, applicant, certifications, contributions, nominations");
        assertThat(run.err()).endsWith("""
                ... and 10 more errors not shown; fix the ones above first
                ccv: 60 input errors; nothing was evaluated.
                """);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void errorsInTheAuditRecordNameTheAuditFile() {
        Ccv run = ExampleBundle.copy("audit-remediated", folder)
                .replace("audit.yaml", "    result: unmet\n    note: The thought-leadership", "    result: unmt\n    note: The thought-leadership")
                .validate();

        assertThat(run.err()).isEqualTo("error: audit.yaml:12:13: `result`: `unmt` is not a valid result;"
                + " valid: met, unmet (did you mean `unmet`?)\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
