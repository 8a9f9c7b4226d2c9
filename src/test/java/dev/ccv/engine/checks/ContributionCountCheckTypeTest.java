package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.ContributionWindow;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionCountCheckTypeTest {

    private final ContributionCountCheckType type = new ContributionCountCheckType();

    private static SelfAssessment contributions(String... entries) {
        return Individual.of("contributions:\n" + String.join("\n", entries) + "\n");
    }

    private static String contribution(String id, String type, String date, String url) {
        return "  - { id: " + id + ", type: " + type + ", title: T, date: " + date
                + (url == null ? "" : ", url: \"" + url + "\"") + " }";
    }

    private CheckOutcome evaluate(Item item, SelfAssessment assessment) {
        return Individual.evaluate(type, item, assessment);
    }

    private static Item withinTwelveMonths(long minimum) {
        return item("CB-001").check("contribution-count").with("minimum", minimum).with("withinMonths", 12L).build();
    }

    @Test
    void theWindowIncludesBothEnds() {
        SelfAssessment assessment = contributions(
                contribution("first-day", "blog", "2025-06-30", null),
                contribution("as-of", "talk", "2026-06-30", null),
                contribution("day-before", "blog", "2025-06-29", null),
                contribution("day-after", "video", "2026-07-01", null));

        assertThat(evaluate(withinTwelveMonths(2), assessment)).isEqualTo(CheckOutcome.met(Individual.line(5, 1),
                List.of("contribution day-before does not count: dated 2025-06-29, outside the window 2025-06-30"
                                + " to 2026-06-30",
                        "contribution day-after does not count: dated 2026-07-01, outside the window 2025-06-30"
                                + " to 2026-06-30",
                        "2 contributions count, 2 needed")));
        assertThat(evaluate(withinTwelveMonths(3), assessment).status())
                .isEqualTo(CheckOutcome.unmet(Individual.line(5, 1), "x").status());
    }

    @Test
    void withoutAWindowEveryContributionCounts() {
        Item any = item("CB-001").check("contribution-count").with("minimum", 2L).build();

        assertThat(evaluate(any, contributions(contribution("a", "blog", "2010-01-01", null),
                contribution("b", "blog", "2026-06-30", null))).messages())
                .containsExactly("2 contributions count, 2 needed");
    }

    @Test
    void distinctTypesMustBeCovered() {
        Item varied = item("HERO-001").check("contribution-count").with("minimum", 3L).with("distinctTypes", 2L).build();
        SelfAssessment blogsOnly = contributions(contribution("a", "blog", "2026-01-01", null),
                contribution("b", "blog", "2026-02-01", null), contribution("c", "blog", "2026-03-01", null));
        SelfAssessment twoTypes = contributions(contribution("a", "blog", "2026-01-01", null),
                contribution("b", "blog", "2026-02-01", null), contribution("c", "open-source", "2026-03-01", null));

        assertThat(evaluate(varied, blogsOnly)).isEqualTo(CheckOutcome.unmet(Individual.line(5, 1),
                List.of("3 contributions count, 3 needed", "1 type covered, 2 needed")));
        assertThat(evaluate(varied, twoTypes)).isEqualTo(CheckOutcome.met(Individual.line(5, 1),
                List.of("3 contributions count, 3 needed", "2 types covered, 2 needed")));
    }

    @Test
    void requireUrlCountsOnlyHttpsUrls() {
        Item linked = item("CB-002").check("contribution-count").with("minimum", 1L).with("requireUrl", true).build();
        SelfAssessment assessment = contributions(contribution("none", "blog", "2026-01-01", null),
                contribution("plain", "blog", "2026-01-01", "http://dana.example/post"),
                contribution("secure", "talk", "2026-01-01", "https://dana.example/talk"));

        assertThat(evaluate(linked, assessment).messages()).containsExactly(
                "contribution none does not count: no url",
                "contribution plain does not count: url is not an https:// URL",
                "1 contribution counts, 1 needed");
    }

    @Test
    void countsOnlyTheGivenTypes() {
        Item events = item("UGL-001").check("contribution-count").with("minimum", 1L)
                .with("types", List.of("meetup", "workshop")).build();

        assertThat(evaluate(events, contributions(contribution("a", "blog", "2026-01-01", null)))).isEqualTo(
                CheckOutcome.unmet(Individual.line(5, 1), List.of(
                        "contribution a does not count: type blog is not meetup or workshop",
                        "0 contributions count, 1 needed")));
    }

    @Test
    void validatesItsParameters() {
        assertThat(type.validate(withinTwelveMonths(1))).isEmpty();
        assertThat(type.validate(item("X-1").check("contribution-count").with("minimum", 2L)
                .with("distinctTypes", 3L).build())).containsExactly(new InputError(parameterAt(1),
                "parameter `distinctTypes` (3) cannot be more than `minimum` (2)"));
        assertThat(type.validate(item("X-1").check("contribution-count").with("minimum", 5L)
                .with("types", List.of("blog", "talk")).with("distinctTypes", 3L).build()))
                .containsExactly(new InputError(parameterAt(2),
                        "parameter `distinctTypes` (3) cannot be more than the 2 listed in `types`"));
        assertThat(type.validate(item("X-1").check("contribution-count").with("minimum", 1L)
                .with("types", List.of("opensource")).build())).containsExactly(new InputError(parameterAt(1),
                "parameter `types` lists `opensource`, which is not one of blog, talk, video, open-source, meetup,"
                        + " workshop, forum, book, course, podcast", "open-source"));
        assertThat(type.validate(item("X-1").check("contribution-count").with("minimum", 1L)
                .with("withinMonths", 0L).build())).containsExactly(new InputError(parameterAt(1),
                "parameter `withinMonths` must be at least 1, not 0"));
        assertThat(type.validate(item("X-1").check("contribution-count").with("minimum", 1L)
                .with("withinMonth", 12L).build())).containsExactly(new InputError(parameterAt(1),
                "unknown parameter `withinMonth` for check type `contribution-count`", "withinMonths"));
    }

    @Test
    void describesWhatItNeeds() {
        assertThat(type.describe(item("X-1").check("contribution-count").with("minimum", 4L).with("withinMonths", 12L)
                .with("distinctTypes", 2L).with("requireUrl", true).build().check()))
                .isEqualTo("At least 4 contributions within the last 12 months, of at least 2 different types,"
                        + " each with an https:// URL.");
        assertThat(type.describe(item("X-1").check("contribution-count").with("minimum", 1L)
                .with("types", List.of("talk", "meetup")).with("withinMonths", 1L).build().check()))
                .isEqualTo("At least 1 contribution of type talk or meetup within the last month.");
    }

    @Test
    void tellsTheReportItsWindow() {
        assertThat(ContributionWindow.months(withinTwelveMonths(1).check())).isEqualTo(12L);
        assertThat(ContributionWindow.months(item("X-1").check("contribution-count").with("minimum", 1L)
                .build().check())).isNull();
        assertThat(ContributionWindow.months(item("X-1").check("case-study-count")
                .with("withinMonths", 12L).build().check())).isNull();
    }
}
