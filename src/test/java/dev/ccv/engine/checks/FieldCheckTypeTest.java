package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.Fixtures.ItemBuilder;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.result.ResultStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCheckTypeTest {

    private final FieldCheckType type = new FieldCheckType();

    private static ItemBuilder field(String path, String condition, Object value) {
        return item("BR-003").check("field").with("path", path).with(condition, value);
    }

    private CheckOutcome evaluate(Item item, String path, Object value) {
        SelfAssessment assessment = value == null ? assessment().build()
                : assessment().field(path, value, 12).build();
        return type.create(item).evaluate(context(item, assessment, null));
    }

    @Test
    void present() {
        Item item = field("partner.landingPage", "present", true).build();

        assertThat(evaluate(item, "partner.landingPage", "https://acme.example")).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "partner.landingPage", " "))
                .isEqualTo(CheckOutcome.unmet(at(12), "partner.landingPage is empty"));
        assertThat(evaluate(item, "partner.landingPage", null))
                .isEqualTo(CheckOutcome.unmet(at(1), "partner.landingPage is missing"));
    }

    @Test
    void https() {
        Item item = field("partner.landingPage", "https", true).build();

        assertThat(evaluate(item, "partner.landingPage", "https://acme.example/aws")).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "partner.landingPage", "http://acme.example/aws")).isEqualTo(CheckOutcome.unmet(at(12),
                "partner.landingPage must be an absolute https:// URL with a host, not `http://acme.example/aws`"));
        assertThat(evaluate(item, "partner.landingPage", "https:///no-host").status())
                .isEqualTo(ResultStatus.UNMET);
        assertThat(evaluate(item, "partner.landingPage", "acme.example/aws").status())
                .isEqualTo(ResultStatus.UNMET);
        assertThat(evaluate(item, "partner.landingPage", null))
                .isEqualTo(CheckOutcome.unmet(at(1), "partner.landingPage is missing"));
    }

    @Test
    void equalsComparesNumbersByValue() {
        assertThat(evaluate(field("solution.deploymentType", "equals", "saas").build(), "solution.deploymentType", "saas"))
                .isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(field("solution.deploymentType", "equals", "saas").build(), "solution.deploymentType",
                "customer-deployed")).isEqualTo(CheckOutcome.unmet(at(12),
                "solution.deploymentType is `customer-deployed`, must be `saas`"));
        assertThat(evaluate(field("partner.apnId", "equals", 2L).build(), "partner.apnId", 2.0))
                .isEqualTo(CheckOutcome.met(at(12)));
    }

    @Test
    void oneOf() {
        Item item = field("solution.category", "oneOf", List.of("production", "operations")).build();

        assertThat(evaluate(item, "solution.category", "operations")).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "solution.category", "design")).isEqualTo(CheckOutcome.unmet(at(12),
                "solution.category is `design`, must be one of production, operations"));
    }

    @Test
    void minOnNumbersAndLists() {
        Item item = field("corporateEvents", "min", 2L).build();

        assertThat(evaluate(item, "corporateEvents", 2L)).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "corporateEvents", 1.5))
                .isEqualTo(CheckOutcome.unmet(at(12), "corporateEvents is 1.5, must be at least 2"));
        assertThat(evaluate(item, "corporateEvents", List.of("a", "b"))).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "corporateEvents", List.of("a")))
                .isEqualTo(CheckOutcome.unmet(at(12), "corporateEvents lists 1 value, must list at least 2"));
        assertThat(evaluate(item, "corporateEvents", "many"))
                .isEqualTo(CheckOutcome.unmet(at(12), "corporateEvents must be a number or a list, not text"));
    }

    @Test
    void matchesTheWholeValue() {
        Item item = field("partner.apnId", "matches", "[0-9]{7}").build();

        assertThat(evaluate(item, "partner.apnId", "1234567")).isEqualTo(CheckOutcome.met(at(12)));
        assertThat(evaluate(item, "partner.apnId", "x1234567x"))
                .isEqualTo(CheckOutcome.unmet(at(12), "partner.apnId is `x1234567x`, must match `[0-9]{7}`"));
        assertThat(evaluate(item, "partner.apnId", " "))
                .isEqualTo(CheckOutcome.unmet(at(12), "partner.apnId is empty, must match `[0-9]{7}`"));
        assertThat(evaluate(item, "partner.apnId", List.of("1234567")))
                .isEqualTo(CheckOutcome.unmet(at(12), "partner.apnId must be a single value, not a list"));
    }

    @Test
    void aPatternTooComplexForTheValueIsUnmetWithAMessageNotAHang() {
        Item item = field("partner.name", "matches", "(.*a){12}").build();

        assertThat(evaluate(item, "partner.name", "a".repeat(60) + "b")).isEqualTo(CheckOutcome.unmet(at(12),
                "partner.name could not be checked against `(.*a){12}`: the pattern is too complex for a value this"
                        + " long (the checklist should simplify it)"));
    }

    @Test
    void validParametersHaveNoErrors() {
        assertThat(type.validate(field("partner.landingPage", "present", true).build())).isEmpty();
        assertThat(type.validate(field("partner.landingPage", "https", true).build())).isEmpty();
        assertThat(type.validate(field("partner.tier", "equals", "advanced").build())).isEmpty();
        assertThat(type.validate(field("partner.tier", "oneOf", List.of("advanced", "premier")).build())).isEmpty();
        assertThat(type.validate(field("corporateEvents", "min", 1L).build())).isEmpty();
        assertThat(type.validate(field("partner.apnId", "matches", "[0-9]+").build())).isEmpty();
    }

    @Test
    void validatesPath() {
        assertThat(type.validate(item("X-1").check("field").with("present", true).build()))
                .containsExactly(new InputError(CHECK_AT, "check type `field` needs parameter `path`"));
        assertThat(type.validate(field("partner.landingpage", "present", true).build())).containsExactly(
                new InputError(parameterAt(0), "unknown self-assessment field `partner.landingpage` in parameter `path`",
                        "partner.landingPage"));
        assertThat(type.validate(field("responses", "present", true).build())).containsExactly(
                new InputError(parameterAt(0), "unknown self-assessment field `responses` in parameter `path`; "
                        + "fields are checklist, checklistVersion, partner.name, partner.tier, partner.apnId, "
                        + "partner.landingPage, partner.holdsCompetency, solution.name, solution.category, "
                        + "solution.deploymentType, solution.operatesAwsEnvironment, caseStudies, corporateEvents, "
                        + "applicant.name, "
                        + "applicant.email, applicant.student, applicant.employer.name, "
                        + "applicant.employer.apnPartner, applicant.employer.tier, certifications, contributions, "
                        + "nominations"));
        assertThat(type.validate(field("", "present", true).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `path` must be text, not empty text"));
    }

    @Test
    void needsExactlyOneCondition() {
        assertThat(type.validate(item("X-1").check("field").with("path", "partner.name").build()))
                .containsExactly(new InputError(CHECK_AT,
                        "check type `field` needs exactly one of present, https, equals, oneOf, min, matches"));
        assertThat(type.validate(field("partner.name", "present", true).with("https", true).build()))
                .containsExactly(new InputError(parameterAt(2), "parameters `present` and `https` cannot be "
                        + "combined: give exactly one of present, https, equals, oneOf, min, matches"));
        assertThat(type.validate(field("partner.name", "presnt", true).build())).containsExactly(
                new InputError(parameterAt(1), "unknown parameter `presnt` for check type `field`", "present"),
                new InputError(CHECK_AT,
                        "check type `field` needs exactly one of present, https, equals, oneOf, min, matches"));
    }

    @Test
    void validatesConditionValues() {
        assertThat(type.validate(field("partner.name", "present", false).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `present` can only be true"));
        assertThat(type.validate(field("partner.name", "https", "yes").build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `https` must be true, not text"));
        assertThat(type.validate(field("partner.name", "equals", List.of("a")).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `equals` must be a single value, not a list"));
        assertThat(type.validate(field("partner.name", "oneOf", "a").build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `oneOf` must be a list of values, not text"));
        assertThat(type.validate(field("partner.name", "oneOf", List.of()).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `oneOf` must list at least one value"));
        assertThat(type.validate(field("partner.name", "oneOf", List.of(List.of("a"))).build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `oneOf` must list single values, not a list"));
        assertThat(type.validate(field("partner.name", "min", "3").build()))
                .containsExactly(new InputError(parameterAt(1), "parameter `min` must be a number, not text"));
        assertThat(type.validate(field("partner.name", "matches", 7L).build())).containsExactly(
                new InputError(parameterAt(1), "parameter `matches` must be a regular expression, not a whole number"));
        assertThat(type.validate(field("partner.name", "matches", "([0-9]").build())).containsExactly(
                new InputError(parameterAt(1),
                        "parameter `matches` is not a valid regular expression: Unclosed group at index 6"));
    }

    @Test
    void describesEachCondition() {
        assertThat(type.describe(field("partner.landingPage", "https", true).build().check()))
                .isEqualTo("partner.landingPage must be an https:// URL.");
        assertThat(type.describe(field("partner.landingPage", "present", true).build().check()))
                .isEqualTo("partner.landingPage must be given.");
        assertThat(type.describe(field("partner.tier", "equals", "premier").build().check()))
                .isEqualTo("partner.tier must be premier.");
        assertThat(type.describe(field("partner.tier", "oneOf", List.of("advanced", "premier")).build().check()))
                .isEqualTo("partner.tier must be one of advanced, premier.");
        assertThat(type.describe(field("corporateEvents", "min", 1L).build().check()))
                .isEqualTo("corporateEvents must be at least 1 (for a list: list at least that many values).");
        assertThat(type.describe(field("partner.apnId", "matches", "[0-9]+").build().check()))
                .isEqualTo("partner.apnId must match `[0-9]+`.");
    }
}
