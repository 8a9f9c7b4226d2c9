package dev.ccv.report.html;

import dev.ccv.model.Section;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Summary;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.List;

/** The counts of the run and, per checklist section, a bar of met, unmet and not-applicable results. */
public final class SummarySection implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        Summary summary = report.summary();
        html.open("section").attr("id", "summary");
        html.element("h2", "Summary");
        html.open("div").attr("class", "counts");
        group(html, "Checklist items, each counted once over all its results",
                new Count("Items", summary.items(), "total"),
                new Count("Met", summary.met(), "met"),
                new Count("Unmet", summary.unmet(), "unmet"),
                new Count("Not applicable", summary.notApplicable(), "na"));
        group(html, "Findings, one per unmet result", new Count("Critical, open", summary.criticalOpen(), "unmet"),
                new Count("Critical, remediated", summary.criticalRemediated(), "remediated"),
                new Count("Critical, unremediable", summary.criticalUnremediable(), "unremediable"),
                new Count("Observations", summary.observations(), "observation"));
        html.close();
        sectionBars(report, html);
        html.close();
    }

    private record Count(String label, int value, String cssClass) {
    }

    private static void group(MarkupWriter html, String title, Count... counts) throws IOException {
        html.open("div").attr("class", "count-group");
        html.element("h3", title);
        html.open("div").attr("class", "cards");
        for (Count count : counts) {
            html.open("div").attr("class", "card " + count.cssClass());
            html.inline("span").attr("class", "number").text(Integer.toString(count.value())).close();
            html.text(" ").inline("span").attr("class", "label").text(count.label()).close();
            html.close();
        }
        html.close();
        html.close();
    }

    private static void sectionBars(Report report, MarkupWriter html) throws IOException {
        html.element("h3", "Results by section: one per partner-level item, one per case study for each case-study item");
        html.open("table").attr("class", "sections");
        html.open("thead").open("tr");
        for (String heading : List.of("Section", "Results", "Met", "Unmet", "N/A")) {
            html.element("th", heading);
        }
        html.close().close();
        html.open("tbody");
        for (Section section : report.checklist().sections()) {
            List<ItemResult> results = report.evaluation().results().stream()
                    .filter(r -> r.sectionId().equals(section.id())).toList();
            html.open("tr");
            html.open("th").attr("scope", "row").text(section.title() + " ")
                    .inline("span").attr("class", "id").text(section.id()).close().close();
            html.open("td").attr("class", "bar-cell");
            bar(html, results);
            html.close();
            for (ResultStatus status : ResultStatus.values()) {
                html.open("td").attr("class", "num").text(Long.toString(count(results, status))).close();
            }
            html.close();
        }
        html.close();
        html.close();
    }

    /** Segments sized by flex-grow, so the proportions are exact without rounding percentages. */
    private static void bar(MarkupWriter html, List<ItemResult> results) throws IOException {
        html.open("div").attr("class", "bar");
        if (results.isEmpty()) {
            html.inline("span").attr("class", "empty").text("no results").close();
        }
        for (ResultStatus status : ResultStatus.values()) {
            long n = count(results, status);
            if (n > 0) {
                Label label = Label.of(status);
                // one per line: whitespace between flex items takes no room but keeps the words apart as text
                html.open("span").attr("class", "seg " + label.cssClass()).attr("style", "flex-grow: " + n)
                        .text(n + " " + label.text()).close();
            }
        }
        html.close();
    }

    private static long count(List<ItemResult> results, ResultStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
