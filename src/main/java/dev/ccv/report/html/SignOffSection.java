package dev.ccv.report.html;

import dev.ccv.model.Auditor;
import dev.ccv.model.InputFile;
import dev.ccv.model.Validity;
import dev.ccv.model.result.AuditMetadata;
import dev.ccv.model.result.Report;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;

/**
 * What an auditor signs: who audited (the firm, each person with their role and a line to sign on),
 * when, against which checklist version (and its validity, when the checklist states one), and the SHA-256 of every input and manifest, so the signed
 * page pins down exactly what was examined. In a pre-check there is nothing to sign, only the inputs.
 */
public final class SignOffSection implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        AuditMetadata audit = report.audit();
        html.open("section").attr("id", "sign-off");
        html.element("h2", audit == null ? "Inputs" : "Sign-off");
        if (audit == null) {
            html.element("p", "A pre-check: no audit record was given, so there is no auditor to sign.");
        } else {
            html.open("dl").attr("class", "sign-off");
            entry(html, "Audit firm", audit.auditor());
            entry(html, "Audit date", audit.date() == null ? "not given" : audit.date().toString());
            entry(html, "Checklist", report.checklist().id() + " · version " + report.checklist().version());
            Validity validity = report.checklist().publication().validity();
            if (validity != null) {
                entry(html, "Checklist valid", validity.describe());
            }
            entry(html, "Measured as of", AuditWording.asOf(report));
            html.close();
            people(audit, html);
        }
        inputs(report, html);
        html.close();
    }

    private static void people(AuditMetadata audit, MarkupWriter html) throws IOException {
        if (audit.auditors().isEmpty()) {
            html.element("p", "The audit record names no individual auditors.");
            return;
        }
        html.open("table").attr("class", "signatures");
        html.open("thead").open("tr");
        for (String heading : new String[] {"Auditor", "Role", "Signature", "Date"}) {
            html.element("th", heading);
        }
        html.close().close();
        html.open("tbody");
        for (Auditor auditor : audit.auditors()) {
            html.open("tr");
            html.element("td", auditor.name());
            html.element("td", auditor.role() == null ? "" : auditor.role());
            html.open("td").attr("class", "signature-line").text("").close();
            html.open("td").attr("class", "signature-line").text("").close();
            html.close();
        }
        html.close();
        html.close();
    }

    /** Every file the run read with its SHA-256: the self-assessment, the audit record, each manifest. */
    private static void inputs(Report report, MarkupWriter html) throws IOException {
        html.open("table").attr("class", "inputs");
        html.open("thead").open("tr");
        html.element("th", "Input file");
        html.element("th", "SHA-256");
        html.close().close();
        html.open("tbody");
        for (InputFile input : report.inputs()) {
            html.open("tr");
            html.open("td").attr("class", "mono").text(input.path()).close();
            html.open("td").attr("class", "mono hash").text(input.sha256()).close();
            html.close();
        }
        html.close();
        html.close();
    }

    private static void entry(MarkupWriter html, String term, String definition) throws IOException {
        html.open("div").inlineElement("dt", term).inlineElement("dd", definition).close();
    }
}
