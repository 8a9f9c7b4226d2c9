package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificationCountCheckTypeTest {

    private final CertificationCountCheckType type = new CertificationCountCheckType();

    private static SelfAssessment certifications(String... entries) {
        return Individual.of("certifications:\n" + String.join("\n", entries) + "\n");
    }

    private static String certification(String id, String name, String level, String earned, String expires) {
        return "  - { id: " + id + ", name: " + name + ", level: " + level + ", earned: " + earned
                + (expires == null ? "" : ", expires: " + expires) + " }";
    }

    private CheckOutcome evaluate(Item item, SelfAssessment assessment) {
        return Individual.evaluate(type, item, assessment);
    }

    private static Item minimum(long minimum) {
        return item("AMB-001").check("certification-count").with("minimum", minimum).build();
    }

    @Test
    void aCertificationIsValidThroughItsExpiryDayIncluded() {
        SelfAssessment lastDay = certifications(certification("sap", "SA Pro", "professional", "2023-06-30",
                "2026-06-30"));
        SelfAssessment dayBefore = certifications(certification("sap", "SA Pro", "professional", "2023-06-29",
                "2026-06-29"));

        assertThat(evaluate(minimum(1), lastDay))
                .isEqualTo(CheckOutcome.met(Individual.line(5, 1), List.of("1 certification counts, 1 needed")));
        assertThat(evaluate(minimum(1), dayBefore)).isEqualTo(CheckOutcome.unmet(Individual.line(5, 1), List.of(
                "certification sap does not count: valid through 2026-06-29, expired on 2026-06-30",
                "0 certifications count, 1 needed")));
    }

    @Test
    void aCertificationCountsFromTheDayItIsEarned() {
        assertThat(evaluate(minimum(1), certifications(certification("saa", "SA Associate", "associate",
                "2026-06-30", "2029-06-30"))).messages()).containsExactly("1 certification counts, 1 needed");
        assertThat(evaluate(minimum(1), certifications(certification("saa", "SA Associate", "associate",
                "2026-07-01", "2029-07-01"))).messages()).containsExactly(
                "certification saa does not count: earned 2026-07-01, after 2026-06-30",
                "0 certifications count, 1 needed");
    }

    @Test
    void withoutValidOnAsOfAnExpiredCertificationStillCountsButAFutureOneDoesNot() {
        Item anyTime = item("AMB-001").check("certification-count").with("minimum", 2L)
                .with("validOnAsOf", false).build();
        SelfAssessment assessment = certifications(
                certification("old", "Cloud Practitioner", "foundational", "2020-01-01", "2023-01-01"),
                certification("new", "SA Pro", "professional", "2026-07-01", null));

        assertThat(evaluate(anyTime, assessment)).isEqualTo(CheckOutcome.unmet(Individual.line(5, 1), List.of(
                "certification new does not count: earned 2026-07-01, after 2026-06-30",
                "1 certification counts, 2 needed")));
    }

    @Test
    void countsOnlyTheGivenLevelsAndEachCertificationOnce() {
        Item advanced = item("AMB-002").check("certification-count").with("minimum", 2L)
                .with("levels", List.of("professional", "specialty")).build();
        SelfAssessment assessment = certifications(
                certification("sap", "SA Pro", "professional", "2025-01-10", "2028-01-10"),
                certification("sap-renewed", "sa pro ", "professional", "2026-01-10", "2029-01-10"),
                certification("saa", "SA Associate", "associate", "2025-01-10", "2028-01-10"),
                certification("sec", "Security Specialty", "specialty", "2025-03-01", "2028-03-01"));

        CheckOutcome outcome = evaluate(advanced, assessment);

        assertThat(outcome).isEqualTo(CheckOutcome.met(Individual.line(5, 1), List.of(
                "certification sap-renewed is the same certification as one already counted and counts once",
                "certification saa does not count: level associate is not professional or specialty",
                "2 certifications count, 2 needed")));
    }

    @Test
    void oneFewerThanTheMinimumIsUnmet() {
        SelfAssessment two = certifications(
                certification("a", "A", "associate", "2025-01-10", "2028-01-10"),
                certification("b", "B", "associate", "2025-01-10", "2028-01-10"));

        assertThat(evaluate(minimum(2), two).messages()).containsExactly("2 certifications count, 2 needed");
        assertThat(evaluate(minimum(3), two)).isEqualTo(CheckOutcome.unmet(Individual.line(5, 1),
                List.of("2 certifications count, 3 needed")));
    }

    @Test
    void noCertificationsAtAllIsUnmetAtTheApplicant() {
        assertThat(evaluate(minimum(1), Individual.of(""))).isEqualTo(CheckOutcome.unmet(Individual.line(1, 1),
                List.of("0 certifications count, 1 needed")));
    }

    @Test
    void validatesItsParameters() {
        assertThat(type.validate(minimum(1))).isEmpty();
        assertThat(type.validate(item("X-1").check("certification-count").build())).containsExactly(
                new InputError(CHECK_AT, "check type `certification-count` needs parameter `minimum`"));
        assertThat(type.validate(minimum(0))).containsExactly(
                new InputError(parameterAt(0), "parameter `minimum` must be at least 1, not 0"));
        assertThat(type.validate(item("X-1").check("certification-count").with("minimum", 1L)
                .with("levels", List.of("profesional")).build())).containsExactly(new InputError(parameterAt(1),
                "parameter `levels` lists `profesional`, which is not one of foundational, associate, professional,"
                        + " specialty", "professional"));
        assertThat(type.validate(item("X-1").check("certification-count").with("minimum", 1L)
                .with("levels", "professional").build())).containsExactly(new InputError(parameterAt(1),
                "parameter `levels` must be a list of text values, not text"));
        assertThat(type.validate(item("X-1").check("certification-count").with("minimum", 1L)
                .with("validOnAsOf", "yes").build())).containsExactly(new InputError(parameterAt(1),
                "parameter `validOnAsOf` must be true or false, not text"));
    }

    @Test
    void describesWhatItNeeds() {
        assertThat(type.describe(item("X-1").check("certification-count").with("minimum", 2L)
                .with("levels", List.of("professional", "specialty")).build().check()))
                .isEqualTo("At least 2 distinct professional or specialty AWS Certifications, valid on the as-of date.");
        assertThat(type.describe(item("X-1").check("certification-count").with("minimum", 1L)
                .with("validOnAsOf", false).build().check()))
                .isEqualTo("At least 1 AWS Certification, earned by the as-of date.");
    }
}
