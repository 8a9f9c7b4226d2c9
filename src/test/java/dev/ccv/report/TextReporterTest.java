package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import dev.ccv.model.result.Report;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private final TextReporter plain = new TextReporter(RenderOptions.PLAIN);

    @Test
    void passingPreCheckMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/passing.txt", ReportText.render(plain, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/failing.txt", ReportText.render(plain, SampleReports.failing()));
    }

    @Test
    void checklistVersionWarningIsShown() {
        GoldenFiles.assertMatches("report/warning.txt", ReportText.render(plain, SampleReports.withChecklistVersionWarning()));
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        Report report = SampleReports.failing();

        assertThat(ReportText.render(plain, report)).isEqualTo(ReportText.render(plain, report));
    }

    @Test
    void plainOutputHasNoEscapeCodes() {
        assertThat(ReportText.render(plain, SampleReports.failing())).doesNotContain("\u001b");
    }

    @Test
    void colouredOutputPaintsStatusAndVerdict() {
        String text = ReportText.render(new TextReporter(new RenderOptions(true)), SampleReports.failing());

        assertThat(text).contains("\u001b[1;31mUNMET\u001b[0m", "\u001b[32mMET\u001b[0m",
                "Verdict: \u001b[1;31mFAIL\u001b[0m");
    }

    @Test
    void verdictLineNamesTheOpenCriticalFindings() {
        assertThat(plain.verdictLine(SampleReports.failing())).isEqualTo("Verdict: FAIL \u2014 1 open critical finding; bundle integrity FAILED (exit 3)");
        assertThat(plain.verdictLine(SampleReports.passing())).isEqualTo("Verdict: PASS");
    }

    @Test
    void controlCharactersInUserTextAreShownNotObeyed() {
        Report report = SampleReports.withCustomer("cs-initech", "Initech\u001b[2J\u001b]0;pwned\u0007");

        String text = ReportText.render(new TextReporter(new RenderOptions(true)), report);

        assertThat(text).contains("Initech\\x1B[2J\\x1B]0;pwned\\x07").doesNotContain("\u001b[2J", "\u0007");
    }

    @Test
    void linesFitOneHundredColumns() {
        String text = ReportText.render(plain, SampleReports.failing());

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }
}
