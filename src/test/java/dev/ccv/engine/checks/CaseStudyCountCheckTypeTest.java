package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.AS_OF;
import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.ITEM_AT;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.Fixtures.ItemBuilder;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.result.ResultStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStudyCountCheckTypeTest {

    private final CaseStudyCountCheckType type = new CaseStudyCountCheckType();

    private static ItemBuilder counting() {
        return item("BR-002").check("case-study-count");
    }

    private CheckOutcome count(Item item, CaseStudy... considered) {
        SelfAssessment assessment = assessment().caseStudies(considered).build();
        return type.create(item).evaluate(new CheckContext(item, assessment, null, List.of(considered), AS_OF));
    }

    @Test
    void enoughCaseStudies() {
        Item item = counting().with("minimum", 2L).build();

        assertThat(count(item, caseStudy("cs-a").build(), caseStudy("cs-b").build()))
                .isEqualTo(CheckOutcome.met(at(1), "2 case studies count, 2 needed"));
    }

    @Test
    void tooFewCaseStudies() {
        Item item = counting().with("minimum", 4L).build();

        assertThat(count(item, caseStudy("cs-a").build()))
                .isEqualTo(CheckOutcome.unmet(at(1), "1 case study counts, 4 needed"));
    }

    @Test
    void countsOnlyTheCaseStudiesUnderConsideration() {
        Item item = counting().with("minimum", 2L).build();
        CaseStudy a = caseStudy("cs-a").build();
        SelfAssessment assessment = assessment().caseStudies(a, caseStudy("cs-b").build()).build();

        assertThat(type.create(item).evaluate(new CheckContext(item, assessment, null, List.of(a), AS_OF)))
                .isEqualTo(CheckOutcome.unmet(at(1), "1 case study counts, 2 needed"));
    }

    @Test
    void tooFewPublicCaseStudies() {
        Item item = counting().with("minimum", 2L).with("minimumPublic", 2L).build();

        assertThat(count(item, caseStudy("cs-a").build(), caseStudy("cs-b").nonPublic().build()))
                .isEqualTo(CheckOutcome.unmet(at(1),
                        List.of("2 case studies count, 2 needed", "1 public case study counts, 2 needed")));
    }

    @Test
    void windowBoundsAreInclusive() {
        Item item = counting().with("minimum", 2L).with("deliveredWithinMonths", 18L).build();
        CaseStudy oldest = caseStudy("cs-first-day").delivered(AS_OF.minusMonths(18)).build();
        CaseStudy newest = caseStudy("cs-as-of").delivered(AS_OF).build();

        assertThat(count(item, oldest, newest)).isEqualTo(CheckOutcome.met(at(1), "2 case studies count, 2 needed"));
    }

    @Test
    void aDayOutsideTheWindowDoesNotCount() {
        Item item = counting().with("minimum", 1L).with("deliveredWithinMonths", 18L).build();
        CaseStudy tooOld = caseStudy("cs-old").delivered(AS_OF.minusMonths(18).minusDays(1)).build();
        CaseStudy future = caseStudy("cs-future").delivered(AS_OF.plusDays(1)).build();
        CaseStudy undated = caseStudy("cs-undated").delivered(null).build();

        assertThat(count(item, tooOld, future, undated)).isEqualTo(CheckOutcome.unmet(at(1), List.of(
                "case study cs-old does not count: delivered 2023-12-01, outside the window 2023-12-02 to 2025-06-02",
                "case study cs-future does not count: delivered 2025-06-03, outside the window 2023-12-02 to 2025-06-02",
                "case study cs-undated does not count: no dateDelivered",
                "0 case studies count, 1 needed")));
    }

    @Test
    void withoutAWindowUndatedCaseStudiesCount() {
        Item item = counting().with("minimum", 1L).build();

        assertThat(count(item, caseStudy("cs-undated").delivered(null).build()).status())
                .isEqualTo(ResultStatus.MET);
    }

    @Test
    void distinctCustomersAreCaseInsensitiveAndTrimmed() {
        Item item = counting().with("minimum", 2L).with("minimumPublic", 1L).with("distinctCustomers", true).build();
        CaseStudy first = caseStudy("cs-a").customer("Globex Corporation").nonPublic().build();
        CaseStudy second = caseStudy("cs-b").customer("  GLOBEX corporation ").build();

        assertThat(count(item, first, second)).isEqualTo(CheckOutcome.unmet(at(1), List.of(
                "case study cs-b has the same customer as cs-a and counts once",
                "1 distinct customer counts, 2 needed",
                "1 customer with a public case study counts, 1 needed")));
    }

    @Test
    void distinctCustomersMet() {
        Item item = counting().with("minimum", 2L).with("minimumPublic", 2L).with("distinctCustomers", true).build();

        assertThat(count(item, caseStudy("cs-a").customer("Globex").build(), caseStudy("cs-b").customer("Initech").build()))
                .isEqualTo(CheckOutcome.met(at(1), "2 distinct customers count, 2 needed",
                        "2 customers with a public case study count, 2 needed"));
    }

    @Test
    void validatesParameters() {
        assertThat(type.validate(counting().with("minimum", 4L).with("minimumPublic", 2L)
                .with("deliveredWithinMonths", 18L).with("distinctCustomers", true).build())).isEmpty();
        assertThat(type.validate(counting().build()))
                .containsExactly(new InputError(CHECK_AT, "check type `case-study-count` needs parameter `minimum`"));
        assertThat(type.validate(counting().with("minimum", 2.5).build())).containsExactly(
                new InputError(parameterAt(0), "parameter `minimum` must be a whole number, not a decimal number"));
        assertThat(type.validate(counting().with("minimum", -1L).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `minimum` must be at least 0, not -1"));
        assertThat(type.validate(counting().with("minimum", 2L).with("minimumPublic", 3L).build()))
                .containsExactly(new InputError(parameterAt(1),
                        "parameter `minimumPublic` (3) cannot be more than `minimum` (2)"));
        assertThat(type.validate(counting().with("minimum", 2L).with("deliveredWithinMonths", 0L).build()))
                .containsExactly(new InputError(parameterAt(1),
                        "parameter `deliveredWithinMonths` must be at least 1, not 0"));
        assertThat(type.validate(counting().with("minimum", 2L).with("distinctCustomers", "yes").build()))
                .containsExactly(new InputError(parameterAt(1),
                        "parameter `distinctCustomers` must be true or false, not text"));
        assertThat(type.validate(counting().with("minimum", 2L).with("minimumPublc", 1L).build()))
                .containsExactly(new InputError(parameterAt(1),
                        "unknown parameter `minimumPublc` for check type `case-study-count`", "minimumPublic"));
    }

    @Test
    void mustBePartnerScoped() {
        assertThat(type.validate(counting().with("minimum", 2L).caseStudyScoped().build()))
                .containsExactly(new InputError(ITEM_AT,
                        "check type `case-study-count` counts all case studies at once: write `scope: partner`"));
    }

    @Test
    void describesTheCount() {
        assertThat(type.describe(counting().with("minimum", 4L).with("minimumPublic", 2L)
                .with("deliveredWithinMonths", 18L).with("distinctCustomers", true).build().check()))
                .isEqualTo("At least 4 case studies from distinct customers, 2 of them public, "
                        + "delivered within the last 18 months.");
        assertThat(type.describe(counting().with("minimum", 1L).build().check())).isEqualTo("At least 1 case study.");
    }

    @Test
    void aShortfallOnAnAssumedNumberSaysItIsTheChecklistsAssumption() {
        Item item = counting().with("minimum", 2L).with("minimumPublic", 2L)
                .with("assumed", List.of("minimumPublic")).build();

        assertThat(count(item, caseStudy("cs-a").build(), caseStudy("cs-b").nonPublic().build()))
                .isEqualTo(CheckOutcome.unmet(at(1), List.of("2 case studies count, 2 needed",
                        "1 public case study counts, 2 needed",
                        "the minimum of 2 public case studies is this checklist's assumption: no public source "
                                + "states it; AWS or the auditor may expect another number")));
    }

    @Test
    void aShortfallOnAPublishedNumberSaysNothingOfAssumptions() {
        Item item = counting().with("minimum", 3L).with("minimumPublic", 1L)
                .with("assumed", List.of("minimumPublic")).build();

        assertThat(count(item, caseStudy("cs-a").build()))
                .isEqualTo(CheckOutcome.unmet(at(1), List.of("1 case study counts, 3 needed",
                        "1 public case study counts, 1 needed")));
    }

    @Test
    void assumedListsOnlyCountingParametersTheCheckGives() {
        assertThat(type.validate(counting().with("minimum", 2L).with("assumed", List.of("minimumPublik")).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `assumed` lists `minimumPublik`, which it"
                        + " cannot: it names which of minimum, minimumPublic, deliveredWithinMonths, distinctCustomers"
                        + " no public source confirms", "minimumPublic"));
        assertThat(type.validate(counting().with("minimum", 2L).with("assumed", List.of("deliveredWithinMonths"))
                .build())).containsExactly(new InputError(parameterAt(1), "parameter `assumed` lists "
                + "`deliveredWithinMonths`, which this check does not give: give `deliveredWithinMonths` or remove it"
                + " from `assumed`"));
        assertThat(type.validate(counting().with("minimum", 2L).with("assumed", List.of("minimum", "minimum"))
                .build())).containsExactly(new InputError(parameterAt(1), "parameter `assumed` lists `minimum` twice"));
        assertThat(type.validate(counting().with("minimum", 2L).with("assumed", List.of()).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `assumed` must list at least one value"));
    }

    @Test
    void describesAssumedNumbersAsSuch() {
        assertThat(type.describe(counting().with("minimum", 4L).with("minimumPublic", 2L)
                .with("deliveredWithinMonths", 18L).with("distinctCustomers", true)
                .with("assumed", List.of("minimumPublic", "deliveredWithinMonths", "distinctCustomers")).build()
                .check())).isEqualTo("At least 4 case studies from distinct customers (assumed), 2 of them public "
                        + "(assumed), delivered within the last 18 months (assumed).");
    }
}
