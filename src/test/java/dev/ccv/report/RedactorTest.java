package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

    private static final String NON_PUBLIC_URL = "https://initech.example/private";

    private final Redactor redactor = new Redactor();

    @Test
    void nonPublicCaseStudyBecomesNumberedPlaceholderAndPublicOneIsKept() {
        Report redacted = redactor.redact(SampleReports.failing());

        assertThat(redacted.evaluation().caseStudies()).containsExactly(
                new CaseStudyStatus("cs-globex", "Globex Corporation", "https://acme.example/cs/globex", true, true, null),
                new CaseStudyStatus("cs-initech", "Non-public case study 1", null, false, false, "ARC-001 unremediable"));
        assertThat(redacted.redacted()).isTrue();
    }

    @Test
    void placeholdersCountNonPublicCaseStudiesInFileOrder() {
        Report report = withCaseStudies(List.of(
                caseStudy("cs-a", "Alpha Ltd", false),
                caseStudy("cs-b", "Beta plc", true),
                caseStudy("cs-c", "Gamma GmbH", false)));

        assertThat(redactor.redact(report).evaluation().caseStudies()).extracting(CaseStudyStatus::customer)
                .containsExactly("Non-public case study 1", "Beta plc", "Non-public case study 2");
    }

    @Test
    void allNotesAreDropped() {
        Report redacted = redactor.redact(SampleReports.failing());

        assertThat(redacted.evaluation().notes()).isEmpty();
        assertThat(redacted.evaluation().findings()).extracting(Finding::auditorNote).containsOnlyNulls();
    }

    @Test
    void mentionsOfNonPublicCustomerOrUrlInMessagesAreReplacedInAnyCase() {
        Report report = withCaseStudies(List.of(caseStudy("cs-a", "Initech", false), caseStudy("cs-b", "Globex", true)));
        Report withMessages = withResultMessages(report, List.of(
                "evidence not found: https://initech.example/a/initech.png",
                "INITECH and Globex both named"));

        Report redacted = redactor.redact(withMessages);

        assertThat(redacted.evaluation().results().get(0).messages()).containsExactly(
                "evidence not found: Non-public case study 1/a/Non-public case study 1.png",
                "Non-public case study 1 and Globex both named");
    }

    @Test
    void replacementIsOnePassSoAPlaceholderIsNeverRewritten() {
        Report report = withCaseStudies(List.of(caseStudy("cs-a", "Case", false), caseStudy("cs-b", "Study", false)));

        Report redacted = redactor.redact(withResultMessages(report, List.of("Case meets Study")));

        assertThat(redacted.evaluation().results().get(0).messages())
                .containsExactly("Non-public case study 1 meets Non-public case study 2");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        Report once = redactor.redact(SampleReports.failing());

        assertThat(redactor.redact(once)).isEqualTo(once);
    }

    static Stream<Reporter> reporters() {
        return Stream.of(new TextReporter(RenderOptions.PLAIN), new JsonReporter(), new MarkdownReporter());
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void noFormatShowsTheNonPublicCustomerOrNotesAfterRedaction(Reporter reporter) {
        String output = GoldenFiles.render(reporter, redactor.redact(SampleReports.failing()));

        assertThat(output).doesNotContain("Evil", "script", "initech.example", NON_PUBLIC_URL,
                        "Root MFA was missing", "Customer account closed", "removed from consideration: ARC-001")
                .contains("Globex Corporation", "https://acme.example/cs/globex", "Non-public case study 1");
    }

    @Test
    void redactedJsonMatchesGoldenFile() {
        GoldenFiles.assertMatches("failing-redacted.json",
                GoldenFiles.render(new JsonReporter(), redactor.redact(SampleReports.failing())));
    }

    @Test
    void redactedTextMatchesGoldenFile() {
        GoldenFiles.assertMatches("failing-redacted.txt",
                GoldenFiles.render(new TextReporter(RenderOptions.PLAIN), redactor.redact(SampleReports.failing())));
    }

    private static CaseStudyStatus caseStudy(String id, String customer, boolean isPublic) {
        return new CaseStudyStatus(id, customer, "https://" + customer.toLowerCase() + ".example", isPublic, true, null);
    }

    private static Report withCaseStudies(List<CaseStudyStatus> caseStudies) {
        Report failing = SampleReports.failing();
        Evaluation e = failing.evaluation();
        return withEvaluation(failing, new Evaluation(e.verdict(), caseStudies, e.results(), e.findings(), e.notes()));
    }

    private static Report withResultMessages(Report report, List<String> messages) {
        Evaluation e = report.evaluation();
        List<ItemResult> results = new ArrayList<>(e.results());
        ItemResult first = results.get(0);
        results.set(0, new ItemResult(first.itemId(), first.sectionId(), first.caseStudyId(), first.severity(),
                first.status(), messages, first.location()));
        List<Finding> findings = List.of(new Finding("BR-001", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                messages.get(0), "note", new SourcePosition("self-assessment.yaml", 5, 3)));
        return withEvaluation(report, new Evaluation(e.verdict(), e.caseStudies(), results, findings, e.notes()));
    }

    private static Report withEvaluation(Report r, Evaluation evaluation) {
        return new Report(r.toolVersion(), r.mode(), r.asOf(), r.checklist(), r.checklistVersionWarning(),
                r.partnerName(), evaluation, r.summary(), r.inputs(), r.integrity(), r.redacted());
    }
}
