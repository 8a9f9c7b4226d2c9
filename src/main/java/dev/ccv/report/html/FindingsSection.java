package dev.ccv.report.html;

import dev.ccv.model.Item;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.List;

/**
 * Every critical finding and observation, with where it stands, whether it blocks the verdict, the
 * auditor's note, and what closed it: the remediation date and each piece of evidence with its SHA-256.
 */
public final class FindingsSection implements HtmlSection {

    private static final List<String> HEADINGS =
            List.of("Item", "Case study", "Severity", "State", "Blocking", "Finding", "Remediation", "Location");

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        List<Finding> findings = report.evaluation().findings();
        html.open("section").attr("id", "findings");
        html.element("h2", "Findings");
        if (findings.isEmpty()) {
            html.element("p", "No findings: every applicable item is met.");
            html.close();
            return;
        }
        html.open("table").attr("class", "findings");
        html.open("thead").open("tr");
        for (String heading : HEADINGS) {
            html.element("th", heading);
        }
        html.close().close();
        html.open("tbody");
        for (Finding finding : findings) {
            row(report, finding, html);
        }
        html.close();
        html.close();
        html.close();
    }

    /** When the finding was remediated and each piece of evidence that shows it, with its SHA-256 or state. */
    private static void remediation(AuditTrail audit, MarkupWriter html) throws IOException {
        html.open("td").attr("class", "remediation");
        if (audit.remediatedOn() != null) {
            html.inline("span").attr("class", "remediated-on").text("Remediated on " + audit.remediatedOn()).close();
        }
        for (RemediationReference reference : audit.remediationEvidence()) {
            html.text(" ").inline("span").attr("class", "evidence" + (reference.resolved() ? "" : " missing"))
                    .inline("span").attr("class", "mono").text(reference.ref()).close()
                    .text(" ").inline("span").attr("class", "sub mono hash").text(AuditWording.state(reference)).close()
                    .close();
        }
        html.close();
    }

    private static void row(Report report, Finding finding, MarkupWriter html) throws IOException {
        html.open("tr").attr("class", finding.blocking() ? "blocking" : null);
        html.open("td").inline("span").attr("class", "id").text(finding.itemId()).close();
        String title = report.checklist().item(finding.itemId()).map(Item::title).orElse(null);
        if (title != null) {
            html.text(" ").inline("span").attr("class", "sub").text(title).close();
        }
        html.close();
        html.open("td").attr("class", "case-study")
                .text(finding.caseStudyId() == null ? "partner" : finding.caseStudyId()).close();
        html.open("td");
        new Label(finding.severity() == FindingSeverity.CRITICAL ? "critical" : "observation",
                finding.severity().jsonName()).write(html);
        html.close();
        html.open("td");
        Label.stateOf(finding).write(html);
        html.close();
        html.open("td").attr("class", finding.blocking() ? "blocks" : null).text(finding.blocking() ? "yes" : "no")
                .close();
        html.open("td").attr("class", "message").text(finding.message());
        if (finding.auditorNote() != null) {
            html.text(" ").inline("span").attr("class", "sub").text("Auditor: " + finding.auditorNote()).close();
        }
        html.close();
        remediation(finding.audit(), html);
        html.open("td").attr("class", "mono location")
                .text(finding.location() == null ? "" : finding.location().toString())
                .close();
        html.close();
    }
}
