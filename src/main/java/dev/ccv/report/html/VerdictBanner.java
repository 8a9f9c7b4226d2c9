package dev.ccv.report.html;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Report;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.model.result.Verdict;
import dev.ccv.report.wording.ChecklistOrigin;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.Map;

/** The top of the page: the verdict in large type, why, and what was checked, for whom, when. */
public final class VerdictBanner implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        boolean pass = report.verdict() == Verdict.PASS;
        html.open("header").attr("class", "banner " + (pass ? "pass" : "fail"));
        html.open("div").attr("class", "verdict");
        html.open("div").attr("class", "word").text(report.verdict().name()).close();
        html.open("div").attr("class", "reason").text(reason(report)).close();
        html.close();
        html.open("div").attr("class", "context");
        html.element("h1", report.checklist().title());
        html.open("dl");
        entry(html, report.applicant().label(), report.applicant().name());
        entry(html, "Checklist", report.checklist().id() + " · version " + report.checklist().version());
        for (Map.Entry<String, String> field : ChecklistOrigin.fields(report.checklist()).entrySet()) {
            entry(html, field.getKey(), field.getValue());
        }
        entry(html, "Mode", report.mode().jsonName());
        entry(html, "As of", AuditWording.asOf(report));
        if (report.audit() != null) {
            entry(html, "Audit", AuditWording.auditor(report.audit()));
        }
        html.close();
        if (report.integrity().failed()) {
            html.open("p").attr("class", "alert").text("Bundle integrity check failed: "
                    + report.integrity().problems().size()
                    + " file(s) do not match " + report.integrity().failedManifests() + " (exit code 3).").close();
        }
        if (report.redacted()) {
            html.open("p").attr("class", "notice")
                    .text("Redacted copy: non-public case studies are anonymised and notes are left out.").close();
        }
        html.close();
        html.close();
    }

    private static String reason(Report report) {
        long blocking = report.evaluation().findings().stream().filter(Finding::blocking).count();
        if (blocking == 0) {
            return "No blocking findings";
        }
        return blocking == 1 ? "1 blocking finding" : blocking + " blocking findings";
    }

    private static void entry(MarkupWriter html, String term, String definition) throws IOException {
        html.open("div").inlineElement("dt", term).inlineElement("dd", definition).close();
    }
}
