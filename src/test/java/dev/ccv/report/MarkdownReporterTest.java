package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import dev.ccv.model.result.Report;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    private final MarkdownReporter reporter = new MarkdownReporter();

    @Test
    void passingPreCheckMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/passing.md", ReportText.render(reporter, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() {
        GoldenFiles.assertMatches("report/failing.md", ReportText.render(reporter, SampleReports.failing()));
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        Report report = SampleReports.failing();

        assertThat(ReportText.render(reporter, report)).isEqualTo(ReportText.render(reporter, report));
    }

    @Test
    void hostileCustomerNameIsInert() {
        String markdown = ReportText.render(reporter, SampleReports.failing());

        assertThat(markdown).doesNotContain("<script>", "]]>")
                .contains("| Evil &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\]\\]&gt; &amp; Co \"quoted\" |");
    }

    @Test
    void pipesAndLineBreaksCannotBreakOutOfATableCell() {
        String markdown = ReportText.render(reporter,
                SampleReports.withCustomer("cs-initech", "A | B\n\n# Heading\n| x | y |"));

        assertThat(markdown).contains("| A \\| B  \\# Heading \\| x \\| y \\| |")
                .doesNotContain("\n# Heading");
    }

    @Test
    void markdownSyntaxInUserTextIsEscaped() {
        assertThat(MarkdownText.inline("*bold* _em_ `code` [link](http://x) ![img](y) ~~s~~ $x$ @team"))
                .isEqualTo("\\*bold\\* \\_em\\_ \\`code\\` \\[link\\]\\(http://x\\) \\!\\[img\\]\\(y\\) "
                        + "\\~\\~s\\~\\~ \\$x\\$ \\@team");
    }

    @Test
    void leadingListMarkersAreEscaped() {
        assertThat(MarkdownText.listItem("- item")).isEqualTo("\\- item");
        assertThat(MarkdownText.listItem("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownText.listItem("a-b 1. c")).isEqualTo("a-b 1. c");
        assertThat(MarkdownText.inline("2025.1")).isEqualTo("2025.1");
    }
}
