package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

    static final Finding BR_002_OPEN = critical("BR-002", null, FindingState.OPEN, true);
    static final Finding ARC_001_OPEN = critical("ARC-001", "cs-globex", FindingState.OPEN, true);

    @Test
    void identicalReportsHaveNoChangesAndExitZero() {
        ReportDiff diff = diff(Verdict.FAIL, List.of(BR_002_OPEN), Verdict.FAIL, List.of(BR_002_OPEN));

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.verdictChanged()).isFalse();
        assertThat(diff.worsened()).isFalse();
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void newBlockingFindingAppearsAndExitsOne() {
        ReportDiff diff = diff(Verdict.FAIL, List.of(BR_002_OPEN), Verdict.FAIL, List.of(BR_002_OPEN, ARC_001_OPEN));

        assertThat(diff.appeared()).containsExactly(new FindingChange(FindingChange.Kind.APPEARED, null, ARC_001_OPEN));
        assertThat(diff.worsened()).isTrue();
        assertThat(diff.exitCode()).isEqualTo(1);
    }

    @Test
    void newObservationAppearsWithoutMakingThingsWorse() {
        Finding observation = new Finding("BR-003", null, FindingSeverity.OBSERVATION, FindingState.OPEN, false,
                "no response", null, null);

        ReportDiff diff = diff(Verdict.PASS, List.of(), Verdict.PASS, List.of(observation));

        assertThat(diff.appeared()).hasSize(1);
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void findingNoLongerReportedIsResolved() {
        ReportDiff diff = diff(Verdict.FAIL, List.of(BR_002_OPEN), Verdict.PASS, List.of());

        assertThat(diff.resolved()).containsExactly(new FindingChange(FindingChange.Kind.RESOLVED, BR_002_OPEN, null));
        assertThat(diff.verdictChanged()).isTrue();
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void findingNowRemediatedIsResolved() {
        Finding remediated = critical("BR-002", null, FindingState.REMEDIATED, false);

        ReportDiff diff = diff(Verdict.FAIL, List.of(BR_002_OPEN), Verdict.PASS, List.of(remediated));

        assertThat(diff.resolved()).containsExactly(
                new FindingChange(FindingChange.Kind.RESOLVED, BR_002_OPEN, remediated));
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void stateChangeThatStopsBlockingIsAChangeNotAWorsening() {
        Finding unremediable = critical("ARC-001", "cs-globex", FindingState.UNREMEDIABLE, false);

        ReportDiff diff = diff(Verdict.FAIL, List.of(ARC_001_OPEN), Verdict.PASS, List.of(unremediable));

        assertThat(diff.changed()).containsExactly(
                new FindingChange(FindingChange.Kind.CHANGED, ARC_001_OPEN, unremediable));
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void remediatedFindingReopenedBecomesBlockingAndExitsOne() {
        Finding remediated = critical("ARC-001", "cs-globex", FindingState.REMEDIATED, false);

        ReportDiff diff = diff(Verdict.PASS, List.of(remediated), Verdict.FAIL, List.of(ARC_001_OPEN));

        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.becameBlocking()).isTrue());
        assertThat(diff.newlyBlocking()).hasSize(1);
        assertThat(diff.exitCode()).isEqualTo(1);
    }

    @Test
    void rewordedMessageAloneIsNotAChange() {
        Finding reworded = new Finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                "0 case studies count, 2 needed", null, null);

        assertThat(diff(Verdict.FAIL, List.of(BR_002_OPEN), Verdict.FAIL, List.of(reworded)).changes()).isEmpty();
    }

    @Test
    void sameItemForAnotherCaseStudyIsADifferentFinding() {
        Finding other = critical("ARC-001", "cs-initech", FindingState.OPEN, true);

        ReportDiff diff = diff(Verdict.FAIL, List.of(ARC_001_OPEN), Verdict.FAIL, List.of(other));

        assertThat(diff.appeared()).extracting(FindingChange::caseStudyId).containsExactly("cs-initech");
        assertThat(diff.resolved()).extracting(FindingChange::caseStudyId).containsExactly("cs-globex");
        assertThat(diff.exitCode()).isEqualTo(1);
    }

    @Test
    void verdictTurningToFailIsWorseEvenWithoutANewBlockingFinding() {
        ReportDiff diff = diff(Verdict.PASS, List.of(BR_002_OPEN), Verdict.FAIL, List.of(BR_002_OPEN));

        assertThat(diff.worsened()).isTrue();
        assertThat(diff.exitCode()).isEqualTo(1);
    }

    static Finding critical(String item, String caseStudy, FindingState state, boolean blocking) {
        return new Finding(item, caseStudy, FindingSeverity.CRITICAL, state, blocking, item + " is unmet", null, null);
    }

    private static ReportDiff diff(Verdict before, List<Finding> old, Verdict after, List<Finding> now) {
        return ReportDiff.between(new SavedReport("old.json", before, old), new SavedReport("new.json", after, now));
    }
}
