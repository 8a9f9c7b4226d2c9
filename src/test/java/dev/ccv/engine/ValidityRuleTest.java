package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Checklist;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Submission;
import dev.ccv.model.Validity;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A checklist version is good from `from` to `acceptedUntil`; after `until` a newer one is expected. */
class ValidityRuleTest {

    private static final Validity WINDOW = new Validity(LocalDate.of(2025, 8, 29), LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 31), new SourcePosition("checklists/test.yaml", 5, 1));

    private Evaluation on(LocalDate asOf) {
        Checklist checklist = checklist(WINDOW, section("business"));
        return Fixtures.evaluate(new Submission(checklist, assessment().field("checklist", "test", 2).build(),
                Optional.empty(), asOf, AsOfSource.OPTION, List.of(), Map.of()));
    }

    @Test
    void withinTheWindowNothingIsSaid() {
        for (LocalDate day : List.of(WINDOW.from(), WINDOW.until())) {
            Evaluation evaluation = on(day);
            assertThat(evaluation.findings()).isEmpty();
            assertThat(evaluation.notes()).isEmpty();
            assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void afterUntilANoteSaysANewerVersionIsExpected() {
        for (LocalDate day : List.of(WINDOW.until().plusDays(1), WINDOW.acceptedUntil())) {
            Evaluation evaluation = on(day);
            assertThat(evaluation.findings()).isEmpty();
            assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
            assertThat(evaluation.notes()).containsExactly("checklist test version 2025.1 was in force until"
                    + " 2026-02-28; a newer version is expected (this one is still accepted until 2026-05-31)");
        }
    }

    @Test
    void afterAcceptedUntilABlockingCriticalFindingNamesTheVersionAndDates() {
        Evaluation evaluation = on(WINDOW.acceptedUntil().plusDays(1));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).containsExactly(new Finding("CHECKLIST-VALIDITY", null,
                FindingSeverity.CRITICAL, FindingState.OPEN, true, "checklist test version 2025.1 (valid 2025-08-29 to"
                + " 2026-02-28, accepted until 2026-05-31) is no longer accepted as of 2026-06-01; apply against the"
                + " version in force", null, at(2)));
    }

    @Test
    void beforeFromTheVersionIsNotInForceYet() {
        Evaluation evaluation = on(WINDOW.from().minusDays(1));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).singleElement().extracting(Finding::message).isEqualTo("checklist test"
                + " version 2025.1 (valid 2025-08-29 to 2026-02-28, accepted until 2026-05-31) is not in force yet"
                + " as of 2025-08-28; apply against the version in force");
    }

    @Test
    void aChecklistWithoutValidityIsGoodAnyDay() {
        Evaluation evaluation = Fixtures.evaluate(new Submission(checklist(section("business")), assessment().build(),
                Optional.empty(), LocalDate.of(2099, 1, 1), AsOfSource.OPTION, List.of(), Map.of()));

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.notes()).isEmpty();
    }
}
