package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccv.GoldenFiles;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffReporterTest {

    @Test
    void offersTextThenJson() {
        assertThat(DiffReporter.FORMATS).containsExactly("text", "json");
        assertThat(DiffReporter.create("sarif")).isEmpty();
    }

    @Test
    void textShowsEveryKindOfChangeAndTheResult() {
        GoldenFiles.assertMatches("report/diff.txt", render("text", everyKindOfChange()));
    }

    @Test
    void jsonShowsEveryKindOfChangeAndTheResult() {
        GoldenFiles.assertMatches("report/diff.json", render("json", everyKindOfChange()));
    }

    @Test
    void textForIdenticalReportsSaysNothingChanged() {
        SavedReport old = failingReadBack();

        assertThat(render("text", ReportDiff.between(old, old))).isEqualTo("""
                ccv diff: old.json -> old.json
                Verdict: FAIL (unchanged)

                No finding appeared, was resolved or changed.

                Result: nothing got worse
                """);
    }

    @Test
    void jsonIsValidAndDeterministic() throws Exception {
        String once = render("json", everyKindOfChange());

        assertThat(render("json", everyKindOfChange())).isEqualTo(once);
        JsonNode json = new ObjectMapper().readTree(once);
        assertThat(json.get("worsened").booleanValue()).isTrue();
    }

    /** The failing sample audit, then: BR-002 remediated, cs-globex's finding gone, cs-initech's reopened, two new. */
    private static ReportDiff everyKindOfChange() {
        SavedReport old = failingReadBack();
        List<Finding> now = List.of(
                finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.REMEDIATED, false,
                        "1 case study counts, 2 needed", 1),
                finding("BR-003", null, FindingSeverity.OBSERVATION, FindingState.OPEN, false, "no response", 1),
                finding("ARC-001", "cs-initech", FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "auditor: unmet", 42),
                finding("ARC-002", "cs-globex", FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "evidence not found: evidence/globex/keys.png", 45));
        return ReportDiff.between(old, new SavedReport("new.json", Verdict.FAIL, now));
    }

    private static SavedReport failingReadBack() {
        return new JsonReportReader().read("old.json", ReportText.render(new JsonReporter(), SampleReports.failing()));
    }

    private static Finding finding(String item, String caseStudy, FindingSeverity severity, FindingState state,
                                   boolean blocking, String message, int line) {
        return new Finding(item, caseStudy, severity, state, blocking, message, null,
                new SourcePosition(SampleReports.SA, line, 0));
    }

    private static String render(String format, ReportDiff diff) {
        StringWriter out = new StringWriter();
        try {
            DiffReporter.create(format).orElseThrow().write(diff, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
