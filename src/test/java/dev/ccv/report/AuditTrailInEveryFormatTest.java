package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.result.Report;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format says who audited and when, where the as-of date came from, and for each finding
 * the auditor's note, when it was remediated, and each remediation evidence reference with whether
 * it resolved and the SHA-256 of a local file.
 */
class AuditTrailInEveryFormatTest {

    static Stream<String> formats() {
        return ReportFormats.names().stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theAuditAndEveryRemediationReferenceAreInTheReport(String format) {
        String output = render(format, SampleReports.failing());

        assertThat(output).contains("Example Assurance LLP", "Jane Roe", "lead auditor", "Sam Poe", "2025-06-02",
                "Root MFA was missing; enabled on 2025-06-03", "2025-06-03",
                "evidence/remediation/globex-root-mfa.png", "c3".repeat(32),
                "https://acme.example/mfa-change", "evidence/remediation/missing.png");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void whereTheAsOfDateCameFromIsSaid(String format) {
        assertThat(render(format, SampleReports.failing())).containsPattern("(?i)audit");
        assertThat(render(format, SampleReports.passing())).containsPattern("application");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aPreCheckNamesNoAuditor(String format) {
        assertThat(render(format, SampleReports.passing())).doesNotContain("Example Assurance LLP", "Jane Roe");
    }

    private static String render(String format, Report report) {
        return ReportText.render(ReportFormats.create(format, RenderOptions.PLAIN).orElseThrow(), report);
    }
}
