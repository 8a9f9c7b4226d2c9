package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccv.model.result.Report;
import java.util.Map;
import dev.ccv.report.wording.ChecklistOrigin;
import org.junit.jupiter.api.Test;

/** Every report that shows the checklist shows where it comes from: offering, source, validity, assumed items. */
class ChecklistOriginTest {

    private final Report report = SampleReports.withPublication();

    @Test
    void theFieldsInTheOrderReportsShowThem() {
        assertThat(ChecklistOrigin.fields(report.checklist())).containsExactly(
                Map.entry("Offering", "services (Service Offering)"),
                Map.entry("Source", SampleReports.SOURCE),
                Map.entry("Validity", "2025-08-29 to 2026-02-28, accepted until 2026-05-31"),
                Map.entry("Assumed", "1 item not confirmed as written by a public checklist: BR-003"));
    }

    @Test
    void aChecklistWithoutThemShowsNone() {
        assertThat(ChecklistOrigin.fields(SampleReports.passing().checklist())).isEmpty();
    }

    @Test
    void theTextReport() {
        assertThat(ReportText.render(new TextReporter(RenderOptions.PLAIN), report)).contains(
                "\nOffering   services (Service Offering)\n",
                "\nSource     " + SampleReports.SOURCE + "\n",
                "\nValidity   2025-08-29 to 2026-02-28, accepted until 2026-05-31\n",
                "\nAssumed    1 item not confirmed as written by a public checklist: BR-003\n");
    }

    @Test
    void theMarkdownAndHtmlReports() {
        assertThat(ReportText.render(new MarkdownReporter(), report)).contains(
                "| Source | " + SampleReports.SOURCE + " |", "| Assumed | 1 item not confirmed as written by a public checklist: BR-003 |");
        assertThat(ReportText.render(new HtmlReporter(), report)).contains(
                "<dt>Validity</dt><dd>2025-08-29 to 2026-02-28, accepted until 2026-05-31</dd>");
    }

    @Test
    void theJsonJunitAndSarifReports() throws Exception {
        JsonNode checklist = new ObjectMapper().readTree(ReportText.render(new JsonReporter(), report)).get("checklist");
        assertThat(checklist.get("offering").asText()).isEqualTo("services");
        assertThat(checklist.get("source").asText()).isEqualTo(SampleReports.SOURCE);
        assertThat(checklist.get("validity").toString())
                .isEqualTo("{\"from\":\"2025-08-29\",\"until\":\"2026-02-28\",\"acceptedUntil\":\"2026-05-31\"}");
        assertThat(checklist.get("assumedItems").toString()).isEqualTo("[\"BR-003\"]");
        assertThat(ReportText.render(new JunitReporter(), report))
                .contains("<property name=\"checklist.validity\" value=\"2025-08-29 to 2026-02-28, accepted until"
                        + " 2026-05-31\"/>");
        assertThat(ReportText.render(new SarifReporter(), report)).contains("\"assumed\": true");
    }
}
