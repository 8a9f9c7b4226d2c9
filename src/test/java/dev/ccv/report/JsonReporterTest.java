package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccv.GoldenFiles;
import dev.ccv.model.result.Report;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private final JsonReporter reporter = new JsonReporter();

    @Test
    void passingPreCheckMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/passing.json", ReportText.render(reporter, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/failing.json", ReportText.render(reporter, SampleReports.failing()));
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        Report report = SampleReports.failing();
        assertThat(ReportText.render(reporter, report)).isEqualTo(ReportText.render(reporter, report));
    }

    @Test
    void hostileCustomerNameIsValidJsonAndReadsBackUnchanged() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportText.render(reporter, SampleReports.failing()));

        assertThat(json.at("/caseStudies/1/customer").asText()).isEqualTo(SampleReports.HOSTILE_CUSTOMER);
    }

    @Test
    void usesUnixLineEndingsAndEndsWithOneNewline() {
        String json = ReportText.render(reporter, SampleReports.passing());

        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
    }

    @Test
    void partnerScopedResultsHaveNullCaseStudy() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportText.render(reporter, SampleReports.failing()));

        assertThat(json.at("/results/0/caseStudy").isNull()).isTrue();
        assertThat(json.at("/results/3/caseStudy").asText()).isEqualTo("cs-globex");
    }

    @Test
    void checklistVersionWarningIsListedUnderWarnings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(
                ReportText.render(reporter, SampleReports.withChecklistVersionWarning()));

        assertThat(json.get("warnings").size()).isEqualTo(1);
        assertThat(json.at("/warnings/0").asText()).isEqualTo(SampleReports.VERSION_WARNING);
    }
}
