package dev.ccv.report.html;

import dev.ccv.model.Item;
import dev.ccv.model.Severity;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The partner-level items, one row each, beside the case-study × item matrix: together they show
 * every item of the checklist, with its result and, where unmet, the finding's state.
 */
public final class PartnerItems implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        List<Item> items = report.checklist().items().stream().filter(item -> !item.isCaseStudyScoped()).toList();
        html.open("section").attr("id", "partner-items");
        html.element("h2", "Partner-level items");
        if (items.isEmpty()) {
            html.element("p", "The checklist has no partner-level items.");
            html.close();
            return;
        }
        html.open("table").attr("class", "partner-items");
        html.open("thead").open("tr");
        for (String heading : new String[] {"Item", "Severity", "Result", "Finding"}) {
            html.element("th", heading);
        }
        html.close().close();
        html.open("tbody");
        for (Item item : items) {
            row(report, item, html);
        }
        html.close();
        html.close();
        html.close();
    }

    private static void row(Report report, Item item, MarkupWriter html) throws IOException {
        ItemResult result = report.evaluation().results().stream()
                .filter(r -> r.itemId().equals(item.id()) && r.caseStudyId() == null).findFirst().orElse(null);
        Finding finding = report.evaluation().findings().stream()
                .filter(f -> f.itemId().equals(item.id()) && Objects.isNull(f.caseStudyId())).findFirst().orElse(null);
        html.open("tr");
        html.open("th").attr("scope", "row").inline("span").attr("class", "id").text(item.id()).close()
                .text(" " + item.title()).close();
        html.element("td", item.severity() == Severity.REQUIRED ? "required" : "recommended");
        html.open("td");
        (result == null ? Label.NOT_EVALUATED : Label.of(result.status())).write(html);
        html.close();
        html.open("td");
        if (finding != null) {
            Label.stateOf(finding).write(html);
        }
        html.close();
        html.close();
    }
}
