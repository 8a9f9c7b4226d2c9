package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Checklist;
import dev.ccv.model.Severity;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCounterTest {

    private static final Checklist CHECKLIST = checklist(section("s",
            item("A-1").build(), item("A-2").caseStudyScoped().build(), item("A-3").caseStudyScoped().build(),
            item("A-4").caseStudyScoped().build(), item("A-5").build()));

    private static ItemResult result(String itemId, String caseStudyId, ResultStatus status) {
        return new ItemResult(itemId, "s", caseStudyId, Severity.REQUIRED, status, List.of(), at(1));
    }

    private static Finding finding(String itemId, FindingSeverity severity, FindingState state) {
        return new Finding(itemId, null, severity, state, false, "m", null, at(1));
    }

    @Test
    void rollsItemsUpOverTheirResultsAndCountsFindings() {
        Evaluation evaluation = new Evaluation(Verdict.FAIL, List.of(), List.of(
                result("A-1", null, ResultStatus.MET),
                result("A-2", "cs-a", ResultStatus.MET), result("A-2", "cs-b", ResultStatus.UNMET),
                result("A-3", "cs-a", ResultStatus.NOT_APPLICABLE), result("A-3", "cs-b", ResultStatus.NOT_APPLICABLE),
                result("A-4", "cs-a", ResultStatus.NOT_APPLICABLE), result("A-4", "cs-b", ResultStatus.MET),
                result("A-5", null, ResultStatus.UNMET)), List.of(
                finding("A-2", FindingSeverity.CRITICAL, FindingState.OPEN),
                finding("A-5", FindingSeverity.CRITICAL, FindingState.REMEDIATED),
                finding("A-5", FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE),
                finding("A-5", FindingSeverity.OBSERVATION, FindingState.OPEN)), List.of());

        assertThat(SummaryCounter.count(evaluation, CHECKLIST)).isEqualTo(new Summary(5, 2, 2, 1, 1, 1, 1, 1));
    }

    @Test
    void anItemWithoutResultsCountsAsNotApplicable() {
        Evaluation evaluation = new Evaluation(Verdict.PASS, List.of(), List.of(), List.of(), List.of());

        assertThat(SummaryCounter.count(evaluation, CHECKLIST)).isEqualTo(new Summary(5, 0, 0, 5, 0, 0, 0, 0));
    }
}
