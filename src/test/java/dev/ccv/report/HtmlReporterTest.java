package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.Report;
import dev.ccv.report.html.Stylesheet;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    private final HtmlReporter reporter = new HtmlReporter();

    @Test
    void isRegisteredUnderItsFormatName() {
        assertThat(reporter.format()).isEqualTo("html");
        assertThat(ReportFormats.create("html", RenderOptions.PLAIN)).get().isInstanceOf(HtmlReporter.class);
    }

    @Test
    void passingPreCheckMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/passing.html", ReportText.render(reporter, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/failing.html", ReportText.render(reporter, SampleReports.failing()));
    }

    @Test
    void bannerShowsVerdictWhyAndContext() {
        Document passing = page(SampleReports.passing());
        assertThat(passing.selectFirst("header.banner.pass .verdict .word").text()).isEqualTo("PASS");
        assertThat(passing.selectFirst(".verdict .reason").text()).isEqualTo("No blocking findings");
        Document failing = page(SampleReports.failing());
        assertThat(failing.selectFirst("header.banner.fail .verdict .word").text()).isEqualTo("FAIL");
        assertThat(failing.selectFirst(".verdict .reason").text()).isEqualTo("1 blocking finding");
        assertThat(failing.select("header dl > div").eachText()).containsExactly(
                "Partner Acme Cloud Consulting", "Checklist sample-competency · version 2025.1", "Mode audit",
                "As of 2025-06-02 (the audit date)", "Audit Example Assurance LLP, 2025-06-02");
        assertThat(failing.selectFirst("header .alert").text()).isEqualTo(
                "Bundle integrity check failed: 1 file(s) do not match MANIFEST.sha256 (exit code 3).");
        assertThat(failing.title()).isEqualTo("FAIL · Sample Competency Validation Checklist · Acme Cloud Consulting");
    }

    @Test
    void summaryCountsAndSectionBars() {
        Document doc = page(SampleReports.failing());
        assertThat(doc.select("#summary .card").eachText()).containsExactly(
                "5 Items", "2 Met", "2 Unmet", "0 Not applicable",
                "1 Critical, open", "1 Critical, remediated", "1 Critical, unremediable", "0 Observations");
        Elements rows = doc.select("table.sections tbody tr");
        assertThat(rows.eachText()).containsExactly(
                "AWS Business Requirements Validation business 2 met 1 unmet 2 1 0",
                "Architecture Baseline Review architecture-baseline 1 met 2 unmet 1 2 0");
        assertThat(rows.get(1).select(".seg.unmet").attr("style")).isEqualTo("flex-grow: 2");
    }

    @Test
    void matrixHasOneRowPerCaseStudyItemAndOneColumnPerCaseStudy() {
        Document failing = page(SampleReports.failing());
        assertThat(failing.select("table.matrix thead th").eachText()).containsExactly(
                "Item", "cs-globex Globex Corporation public",
                "cs-initech " + SampleReports.HOSTILE_CUSTOMER + " non-public · removed");
        assertThat(matrixRow(failing, 0)).containsExactly("ARC-001 Root user has MFA", "unmet remediated",
                "unmet unremediable");
        assertThat(matrixRow(failing, 1)).containsExactly("ARC-002 No root access keys", "met", "removed");
        Document passing = page(SampleReports.passing());
        assertThat(matrixRow(passing, 1)).containsExactly("ARC-002 No root access keys", "met", "n/a");
    }

    @Test
    void findingsTableShowsStateBlockingAndLocation() {
        Elements rows = page(SampleReports.failing()).select("table.findings tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).hasClass("blocking")).isTrue();
        assertThat(rows.get(0).select("td").eachText()).containsExactly(
                "BR-002 At least 2 case studies, 1 of them public", "partner", "critical", "open", "yes",
                "1 case study counts, 2 needed", "self-assessment.yaml:1:3");
        assertThat(rows.get(2).select("td").eachText()).containsExactly(
                "ARC-001 Root user has MFA", "cs-initech", "critical", "unremediable", "no",
                "auditor: unmet Auditor: Customer account closed; MFA cannot be shown", "self-assessment.yaml:42:3");
    }

    @Test
    void caseStudiesIntegrityNotesAndInputsAreListed() {
        Document doc = page(SampleReports.failing());
        assertThat(doc.select("#case-studies tbody tr").get(1).select("td").eachText()).containsExactly(
                "cs-initech", SampleReports.HOSTILE_CUSTOMER, "non-public", "removed ARC-001 unremediable",
                "https://initech.example/private");
        assertThat(doc.select("#integrity tbody td").eachText())
                .containsExactly("evidence/globex/root-mfa.png", "SHA-256 does not match the manifest");
        assertThat(doc.select("#notes li").eachText())
                .containsExactly("Case study cs-initech was removed from consideration: ARC-001 cannot be remediated.");
        assertThat(doc.select("#sign-off table.inputs tbody tr").eachText()).containsExactly(
                "self-assessment.yaml " + "0f".repeat(32), "audit.yaml " + "a1".repeat(32));
        assertThat(page(SampleReports.passing()).selectFirst("#integrity p").text())
                .startsWith("The bundle is not sealed");
    }

    @Test
    void signOffNamesTheFirmThePeopleTheDateTheChecklistVersionAndEveryInput() {
        Document doc = page(SampleReports.failing());

        assertThat(doc.selectFirst("#sign-off h2").text()).isEqualTo("Sign-off");
        assertThat(doc.select("#sign-off dl > div").eachText()).containsExactly(
                "Audit firm Example Assurance LLP", "Audit date 2025-06-02",
                "Checklist sample-competency · version 2025.1", "Measured as of 2025-06-02 (the audit date)");
        assertThat(doc.select("#sign-off table.signatures tbody tr").eachText())
                .containsExactly("Jane Roe lead auditor", "Sam Poe");
        assertThat(doc.select("#sign-off table.signatures td.signature-line")).hasSize(4);
        Document preCheck = page(SampleReports.passing());
        assertThat(preCheck.selectFirst("#sign-off h2").text()).isEqualTo("Inputs");
        assertThat(preCheck.selectFirst("#sign-off p").text())
                .isEqualTo("A pre-check: no audit record was given, so there is no auditor to sign.");
    }

    @Test
    void signOffStatesTheChecklistsValidityWhenItHasOne() {
        Report p = SampleReports.withPublication();
        Report audited = new Report(p.toolVersion(), Mode.AUDIT, p.asOf(), AsOfSource.AUDIT,
                SampleReports.failing().audit(), p.checklist(), p.checklistVersionWarning(), p.applicantName(),
                p.evaluation(), p.summary(), p.inputs(), p.integrity(), p.redacted());

        assertThat(page(audited).select("#sign-off dl > div").eachText())
                .contains("Checklist valid 2025-08-29 to 2026-02-28, accepted until 2026-05-31");
        assertThat(page(SampleReports.failing()).select("#sign-off dt").eachText()).doesNotContain("Checklist valid");
    }

    @Test
    void partnerLevelItemsHaveTheirOwnTableBesideTheMatrix() {
        Document doc = page(SampleReports.failing());

        assertThat(doc.select("#partner-items tbody tr").eachText()).containsExactly(
                "BR-001 Partner is at the Advanced tier or higher required met",
                "BR-002 At least 2 case studies, 1 of them public required unmet open",
                "BR-003 Thought leadership in the last 12 months recommended met");
        assertThat(doc.select("section").eachAttr("id")).containsSubsequence("partner-items", "matrix");
    }

    @Test
    void eachFindingSaysWhatClosedIt() {
        Element remediated = page(SampleReports.failing()).select("table.findings tbody tr").get(1);

        assertThat(remediated.selectFirst("td.remediation .remediated-on").text()).isEqualTo("Remediated on 2025-06-03");
        assertThat(remediated.select("td.remediation .evidence").eachText()).containsExactly(
                "evidence/remediation/globex-root-mfa.png SHA-256 " + "c3".repeat(32),
                "https://acme.example/mfa-change external, not verified",
                "evidence/remediation/missing.png not found");
        assertThat(remediated.select("td.remediation .evidence.missing")).hasSize(1);
    }

    @Test
    void summaryCountsSayWhetherTheyCountItemsOrResults() {
        Document doc = page(SampleReports.failing());

        assertThat(doc.select("#summary h3").eachText()).containsExactly(
                "Checklist items, each counted once over all its results", "Findings, one per unmet result",
                "Results by section: one per partner-level item, one per case study for each case-study item");
    }

    @Test
    void redactedCopiesSaySoAndChecklistWarningsAreListedFirst() {
        Report p = SampleReports.passing();
        Report redacted = new Report(p.toolVersion(), p.mode(), p.asOf(), p.asOfSource(), p.audit(), p.checklist(),
                "Checklist version 2024.2 is older than the latest, 2025.1.", p.applicantName(), p.evaluation(),
                p.summary(), p.inputs(), p.integrity(), true);
        Document doc = page(redacted);
        assertThat(doc.selectFirst("header .notice").text())
                .isEqualTo("Redacted copy: non-public case studies are anonymised and notes are left out.");
        assertThat(doc.select("#notes li").eachText())
                .containsExactly("Checklist version 2024.2 is older than the latest, 2025.1.");
    }

    @Test
    void pageIsSelfContained() {
        for (Report report : List.of(SampleReports.passing(), SampleReports.failing(), SampleReports.hostile())) {
            Document doc = page(report);
            assertThat(doc.select("script, link, img, iframe, object, embed, base")).isEmpty();
            assertThat(doc.select("[src]")).isEmpty();
            assertThat(doc.select("[href]")).isEmpty();
            assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        }
    }

    @Test
    void styleSheetPassesThroughTheEscapingWriterUnchanged() {
        assertThat(Stylesheet.CSS).doesNotContain("<", ">", "&", "\"", "'");
        assertThat(page(SampleReports.passing()).selectFirst("style").data()).isEqualTo(Stylesheet.CSS);
    }

    @Test
    void hostileTextComesOutAsTextNodes() {
        String html = ReportText.render(reporter, SampleReports.hostile());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#case-studies tbody tr").get(1).select("td").get(1).text())
                .isEqualTo(SampleReports.HOSTILE_CUSTOMER);
        assertThat(doc.select("header dd").first().text()).isEqualTo(SampleReports.HOSTILE_CUSTOMER);
        assertThat(doc.select("#notes li").eachText()).contains(SampleReports.HOSTILE_CUSTOMER);
        assertThat(doc.select("#integrity tbody td").eachText())
                .containsExactly("evidence/<b>x</b>.png", SampleReports.HOSTILE_CUSTOMER);
        assertThat(doc.select("b")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(ReportText.render(reporter, SampleReports.failing()))
                .isEqualTo(ReportText.render(reporter, SampleReports.failing()));
    }

    private Document page(Report report) {
        return Jsoup.parse(ReportText.render(reporter, report));
    }

    private static List<String> matrixRow(Document doc, int index) {
        Element row = doc.select("table.matrix tbody tr").get(index);
        return row.children().eachText();
    }
}
