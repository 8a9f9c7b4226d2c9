package dev.ccv.report;

import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.auditEntry;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.external;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ccv.GoldenFiles;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Remediation;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Submission;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

    private static final String NON_PUBLIC_URL = "https://initech.example/private";
    private static final String INTRODUCTION = "Initech builds TPS-report software for banks.";

    private final Redactor redactor = new Redactor();

    /** The submission behind {@link SampleReports#failing()}: cs-initech is non-public, with evidence of its own. */
    static Submission failingSubmission() {
        return submission(SampleReports.checklist(), assessment().caseStudies(
                        caseStudy("cs-globex").customer("Globex Corporation").url("https://acme.example/cs/globex").build(),
                        caseStudy("cs-initech").customer(SampleReports.HOSTILE_CUSTOMER).url(NON_PUBLIC_URL).nonPublic()
                                .field("introduction", INTRODUCTION)
                                .evidence(local("evidence/initech/architecture.md", 45)).build()).build(),
                auditEntry("ARC-001", "cs-globex", AuditResult.UNMET, Remediation.REMEDIATED,
                        local("evidence/remediation/globex-root-mfa.png", 9)),
                auditEntry("ARC-001", "cs-initech", AuditResult.UNMET, Remediation.UNREMEDIABLE,
                        local("evidence/remediation/initech-closure.md", 10),
                        external("https://initech.example/closure-letter", 11)));
    }

    @Test
    void nonPublicCaseStudyBecomesNumberedPlaceholdersAndPublicOneIsKept() {
        Report redacted = redactor.redact(SampleReports.failing(), failingSubmission());

        assertThat(redacted.evaluation().caseStudies()).containsExactly(
                new CaseStudyStatus("cs-globex", "Globex Corporation", "https://acme.example/cs/globex", true, true, null),
                new CaseStudyStatus("non-public-1", "Non-public case study 1", null, false, false, "ARC-001 unremediable"));
        assertThat(redacted.evaluation().results()).extracting(ItemResult::caseStudyId)
                .containsExactly(null, null, null, "cs-globex", "non-public-1", "cs-globex");
        assertThat(redacted.evaluation().findings()).extracting(Finding::caseStudyId)
                .containsExactly(null, "cs-globex", "non-public-1");
        assertThat(redacted.redacted()).isTrue();
    }

    @Test
    void placeholdersCountNonPublicCaseStudiesInFileOrder() {
        Submission submission = submission(SampleReports.checklist(), assessment().caseStudies(
                caseStudy("cs-a").customer("Alpha Ltd").nonPublic().build(),
                caseStudy("cs-b").customer("Beta plc").build(),
                caseStudy("cs-c").customer("Gamma GmbH").nonPublic().build()).build());
        Report report = withCaseStudies(submission);

        assertThat(redactor.redact(report, submission).evaluation().caseStudies())
                .extracting(CaseStudyStatus::id, CaseStudyStatus::customer)
                .containsExactly(tuple("non-public-1", "Non-public case study 1"),
                        tuple("cs-b", "Beta plc"),
                        tuple("non-public-2", "Non-public case study 2"));
    }

    @Test
    void allNotesAreDroppedAndRemediationEvidenceOfANonPublicCaseStudyIsReplaced() {
        Report redacted = redactor.redact(SampleReports.failing(), failingSubmission());

        assertThat(redacted.evaluation().notes()).isEmpty();
        assertThat(redacted.evaluation().findings()).extracting(Finding::auditorNote).containsOnlyNulls();
        // the public case study's remediation stays as the auditor recorded it, but for the note
        AuditTrail globex = redacted.evaluation().findings().get(1).audit();
        assertThat(globex.remediatedOn()).isEqualTo(java.time.LocalDate.of(2025, 6, 3));
        assertThat(globex.remediationEvidence()).extracting(RemediationReference::ref).containsExactly(
                "evidence/remediation/globex-root-mfa.png", "https://acme.example/mfa-change",
                "evidence/remediation/missing.png");
    }

    @Test
    void mentionsOfIdCustomerUrlFreeTextAndEvidenceAreReplacedInAnyCase() {
        Report report = withMessages(SampleReports.failing(), List.of(
                "evidence not found: EVIDENCE/initech/architecture.md",
                "case study CS-INITECH: " + INTRODUCTION.toUpperCase(Locale.ROOT),
                "see https://initech.example/closure-letter and " + NON_PUBLIC_URL,
                "cs-globex is public, Globex Corporation too"));

        Report redacted = redactor.redact(report, failingSubmission());

        assertThat(redacted.evaluation().results().get(0).messages()).containsExactly(
                "evidence not found: non-public-1/evidence-1",
                "case study non-public-1: Non-public case study 1",
                "see non-public-1/evidence-3 and Non-public case study 1",
                "cs-globex is public, Globex Corporation too");
        assertThat(redacted.evaluation().findings().get(0).message()).isEqualTo("evidence not found: non-public-1/evidence-1");
    }

    @Test
    void aNonPublicIdInsideALongerPublicIdIsLeftAlone() {
        Submission submission = submission(SampleReports.checklist(), assessment().caseStudies(
                caseStudy("cs-a").customer("Alpha").nonPublic().build(),
                caseStudy("cs-a-2").customer("Alpha Two").build(),
                caseStudy("cs-ab").customer("Beta").build()).build());
        Report report = withMessages(withCaseStudies(submission), List.of("cs-a, cs-a-2 and cs-ab; Alpha and Alpha Two"));

        Report redacted = redactor.redact(report, submission);

        assertThat(redacted.evaluation().results().get(0).messages())
                .containsExactly("non-public-1, cs-a-2 and cs-ab; Non-public case study 1 and Alpha Two");
    }

    @Test
    void replacementIsOnePassSoAPlaceholderIsNeverRewritten() {
        Submission submission = submission(SampleReports.checklist(), assessment().caseStudies(
                caseStudy("cs-a").customer("Case").nonPublic().build(),
                caseStudy("cs-b").customer("Study").nonPublic().build()).build());
        Report report = withMessages(withCaseStudies(submission), List.of("Case meets Study"));

        assertThat(redactor.redact(report, submission).evaluation().results().get(0).messages())
                .containsExactly("Non-public case study 1 meets Non-public case study 2");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        Report once = redactor.redact(SampleReports.failing(), failingSubmission());

        assertThat(redactor.redact(once, failingSubmission())).isEqualTo(once);
    }

    static Stream<Reporter> reporters() {
        return Stream.of(new TextReporter(RenderOptions.PLAIN), new JsonReporter(), new JunitReporter(),
                new SarifReporter(), new HtmlReporter(), new MarkdownReporter());
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void noFormatShowsAnythingOfTheNonPublicCaseStudyOrAnyNoteAfterRedaction(Reporter reporter) {
        String output = ReportText.render(reporter, redactor.redact(SampleReports.failing(), failingSubmission()));

        assertThat(output.toLowerCase(Locale.ROOT)).doesNotContain("evil", "<script", "alert(1)", "initech", "tps-report");
        assertThat(output).doesNotContain("Root MFA was missing", "Customer account closed",
                        "removed from consideration: ARC-001")
                .contains("non-public-1");
    }

    @Test
    void redactedJsonMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/failing-redacted.json", ReportText.render(new JsonReporter(),
                redactor.redact(SampleReports.failing(), failingSubmission())));
    }

    @Test
    void redactedTextMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/failing-redacted.txt", ReportText.render(new TextReporter(RenderOptions.PLAIN),
                redactor.redact(SampleReports.failing(), failingSubmission())));
    }

    /** The failing sample with the submission's case studies in place of its own. */
    private static Report withCaseStudies(Submission submission) {
        List<CaseStudyStatus> caseStudies = new ArrayList<>();
        for (CaseStudy c : submission.assessment().caseStudies()) {
            caseStudies.add(new CaseStudyStatus(c.id(), c.customer(), c.url(), c.isPublic(), true, null));
        }
        Report failing = SampleReports.failing();
        Evaluation e = failing.evaluation();
        return withEvaluation(failing, new Evaluation(e.verdict(), caseStudies, e.results(), e.findings(), e.notes()));
    }

    private static Report withMessages(Report report, List<String> messages) {
        Evaluation e = report.evaluation();
        List<ItemResult> results = new ArrayList<>(e.results());
        ItemResult first = results.get(0);
        results.set(0, new ItemResult(first.itemId(), first.sectionId(), first.caseStudyId(), first.severity(),
                first.status(), messages, first.location()));
        List<Finding> findings = new ArrayList<>(e.findings());
        findings.set(0, new Finding("BR-001", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                messages.get(0), null, new SourcePosition("self-assessment.yaml", 5, 3)));
        return withEvaluation(report, new Evaluation(e.verdict(), e.caseStudies(), results, findings, e.notes()));
    }

    private static Report withEvaluation(Report r, Evaluation evaluation) {
        return new Report(r.toolVersion(), r.mode(), r.asOf(), r.asOfSource(), r.audit(), r.checklist(),
                r.checklistVersionWarning(), r.applicantName(), evaluation, r.summary(), r.inputs(), r.integrity(),
                r.redacted());
    }
}
