package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictReasonsTest {

    @Test
    void passHasNoReasons() {
        assertThat(VerdictReasons.line(SampleReports.passing(), "PASS")).isEqualTo("PASS");
    }

    @Test
    void failNamesOpenAndPartnerLevelUnremediableFindings() {
        Report failing = SampleReports.failing();
        List<Finding> findings = List.of(
                finding("BR-001", null, FindingState.UNREMEDIABLE),
                finding("BR-002", null, FindingState.OPEN),
                finding("ARC-001", "cs-globex", FindingState.OPEN),
                finding("ARC-001", "cs-initech", FindingState.UNREMEDIABLE));
        Report report = new Report(failing.toolVersion(), failing.mode(), failing.asOf(), failing.asOfSource(), failing.audit(), failing.checklist(), null,
                failing.applicantName(),
                new Evaluation(Verdict.FAIL, failing.evaluation().caseStudies(), failing.evaluation().results(),
                        findings, List.of()),
                new Summary(5, 1, 4, 0, 2, 0, 2, 0), failing.inputs(), failing.integrity(), false);

        assertThat(VerdictReasons.line(report, "FAIL"))
                .isEqualTo("FAIL \u2014 2 open critical findings, 1 unremediable partner-level critical finding;"
                        + " bundle integrity FAILED (exit 3)");
    }

    private static Finding finding(String item, String caseStudy, FindingState state) {
        return new Finding(item, caseStudy, FindingSeverity.CRITICAL, state, true, "unmet", null, null);
    }
}
