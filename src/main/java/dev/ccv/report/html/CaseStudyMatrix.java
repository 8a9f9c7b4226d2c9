package dev.ccv.report.html;

import dev.ccv.model.Item;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The case-study × item matrix: one row per case-study-scoped item, one column per case study,
 * each cell the result for that pair, the finding's state where it is unmet, or "removed" where
 * the case study left consideration before the item was evaluated for it.
 */
public final class CaseStudyMatrix implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        List<Item> items = report.checklist().items().stream().filter(Item::isCaseStudyScoped).toList();
        List<CaseStudyStatus> caseStudies = report.evaluation().caseStudies();
        html.open("section").attr("id", "matrix");
        html.element("h2", "Case studies × items");
        if (items.isEmpty() || caseStudies.isEmpty()) {
            html.element("p", "No case-study-scoped items were evaluated.");
            html.close();
            return;
        }
        html.open("table").attr("class", "matrix");
        header(html, caseStudies);
        html.open("tbody");
        for (Item item : items) {
            html.open("tr");
            html.open("th").attr("scope", "row").inline("span").attr("class", "id").text(item.id()).close()
                    .text(" " + item.title()).close();
            for (CaseStudyStatus caseStudy : caseStudies) {
                cell(report, item, caseStudy, html);
            }
            html.close();
        }
        html.close();
        html.close();
        html.close();
    }

    private static void header(MarkupWriter html, List<CaseStudyStatus> caseStudies) throws IOException {
        html.open("thead").open("tr");
        html.element("th", "Item");
        for (CaseStudyStatus caseStudy : caseStudies) {
            html.open("th").attr("scope", "col").attr("class", caseStudy.considered() ? null : "removed-col");
            html.inline("span").attr("class", "id").text(caseStudy.id()).close();
            html.text(" ").inline("span").attr("class", "customer").text(caseStudy.customer()).close();
            html.text(" ").inline("span").attr("class", "tags")
                    .text((caseStudy.isPublic() ? "public" : "non-public")
                            + (caseStudy.considered() ? "" : " · removed")).close();
            html.close();
        }
        html.close().close();
    }

    private static void cell(Report report, Item item, CaseStudyStatus caseStudy, MarkupWriter html)
            throws IOException {
        Optional<ItemResult> result = report.evaluation().results().stream()
                .filter(r -> r.itemId().equals(item.id()) && caseStudy.id().equals(r.caseStudyId()))
                .findFirst();
        html.open("td");
        if (result.isPresent()) {
            Label.of(result.get().status()).write(html);
            Optional<Finding> finding = findingFor(report, item, caseStudy);
            if (finding.isPresent()) {
                html.text(" ");
                Label.stateOf(finding.get()).write(html);
            }
        } else {
            (caseStudy.considered() ? Label.NOT_EVALUATED : Label.REMOVED).write(html);
        }
        html.close();
    }

    private static Optional<Finding> findingFor(Report report, Item item, CaseStudyStatus caseStudy) {
        return report.evaluation().findings().stream()
                .filter(f -> f.itemId().equals(item.id()) && caseStudy.id().equals(f.caseStudyId()))
                .findFirst();
    }
}
