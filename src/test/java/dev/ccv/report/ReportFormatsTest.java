package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void everyRegisteredReporterAnswersToItsOwnName() {
        assertThat(ReportFormats.names()).contains("text", "json", "markdown");
        for (String name : ReportFormats.names()) {
            assertThat(ReportFormats.create(name, RenderOptions.PLAIN)).get()
                    .extracting(Reporter::format).isEqualTo(name);
        }
    }

    @Test
    void unknownFormatIsNotCreated() {
        assertThat(ReportFormats.create("pdf", RenderOptions.PLAIN)).isEmpty();
    }
}
