package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.answer;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.missing;
import static dev.ccv.engine.Fixtures.parameterAt;
import static dev.ccv.engine.Fixtures.response;
import static dev.ccv.engine.Fixtures.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.Fixtures.ItemBuilder;
import dev.ccv.model.Answer;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SelfAssessment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtLeastCheckTypeTest {

    private static final List<Map<String, Object>> FOUR = List.of(
            Map.of("id", "routing", "title", "Skills-based routing"),
            Map.of("id", "ivr", "title", "Self-service IVR"),
            Map.of("id", "analytics", "title", "Contact analytics"),
            Map.of("id", "crm", "title", "CRM integration"));

    private final AtLeastCheckType type = new AtLeastCheckType();

    private static ItemBuilder threeOf(List<Map<String, Object>> options) {
        return item("CON-003").check("at-least").with("minimum", 3L).with("options", options);
    }

    private CheckOutcome evaluate(Item item, Answer answer) {
        SelfAssessment assessment = assessment().respond(response(item.id(), answer)).build();
        return type.create(item).evaluate(context(item, assessment, null));
    }

    @Test
    void exactlyTheMinimumIsMet() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, withOptions(20, List.of("routing", "ivr", "crm"), local("e.md", 21))))
                .isEqualTo(CheckOutcome.met(at(20)));
    }

    @Test
    void allOptionsAreMet() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, withOptions(20, List.of("routing", "ivr", "analytics", "crm"), local("e.md", 21)))
                .status()).isEqualTo(dev.ccv.model.result.ResultStatus.MET);
    }

    @Test
    void oneBelowTheMinimumIsUnmetNamingWhatIsNotListed() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, withOptions(20, List.of("routing", "crm"), local("e.md", 21))))
                .isEqualTo(CheckOutcome.unmet(at(20), "lists 2 options, needs at least 3 of 4; not listed: ivr, analytics"));
    }

    @Test
    void anOptionListedTwiceCountsOnce() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, withOptions(20, List.of("routing", "routing", "ivr"), local("e.md", 21))))
                .isEqualTo(CheckOutcome.unmet(at(20),
                        "lists 2 options, needs at least 3 of 4; not listed: analytics, crm"));
    }

    @Test
    void enoughOptionsStillNeedEvidenceThatResolves() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, withOptions(20, List.of("routing", "ivr", "crm"))))
                .isEqualTo(CheckOutcome.unmet(at(20), "needs at least 1 evidence reference, found 0"));
        assertThat(evaluate(item, withOptions(20, List.of("routing", "ivr", "crm"), missing("gone.md", 22))))
                .isEqualTo(CheckOutcome.unmet(at(22), "evidence not found: gone.md"));
    }

    @Test
    void tooFewOptionsAndNoEvidenceAreBothNamed() {
        Item item = threeOf(FOUR).with("minEvidence", 0L).build();

        assertThat(evaluate(item, withOptions(20, List.of())))
                .isEqualTo(CheckOutcome.unmet(at(20),
                        "lists 0 options, needs at least 3 of 4; not listed: routing, ivr, analytics, crm"));
    }

    @Test
    void notMetIsUnmetWhateverItLists() {
        Item item = threeOf(FOUR).build();

        assertThat(evaluate(item, answer(ResponseStatus.NOT_MET, 20, local("e.md", 21))))
                .isEqualTo(CheckOutcome.unmet(at(20), "status is not-met"));
    }

    @Test
    void aMinimumAboveTheNumberOfOptionsIsRefused() {
        Item item = item("CON-003").check("at-least").with("minimum", 5L).with("options", FOUR).build();

        assertThat(type.validate(item)).containsExactly(new InputError(parameterAt(0),
                "parameter `minimum` (5) is more than the 4 options listed, so the item could never be met"));
    }

    @Test
    void aMinimumOfZeroIsRefused() {
        Item item = item("CON-003").check("at-least").with("minimum", 0L).with("options", FOUR).build();

        assertThat(type.validate(item)).containsExactly(new InputError(parameterAt(0),
                "parameter `minimum` must be at least 1, not 0"));
    }

    @Test
    void optionsAreRequiredAndEachNeedsAnIdAndATitle() {
        assertThat(type.validate(item("CON-003").check("at-least").with("minimum", 1L).build()))
                .containsExactly(new InputError(CHECK_AT, "check type `at-least` needs parameter `options`"));
        Item untitled = item("CON-003").check("at-least").with("minimum", 1L)
                .with("options", List.of(Map.of("id", "ivr"))).build();
        assertThat(type.validate(untitled)).containsExactly(new InputError(parameterAt(1),
                "each entry of `options` must be { id: ..., title: ... } with text values and no other keys"));
    }

    @Test
    void aDuplicateOptionIdIsRefused() {
        Item item = item("CON-003").check("at-least").with("minimum", 1L).with("options", List.of(
                Map.of("id", "ivr", "title", "Self-service IVR"), Map.of("id", "ivr", "title", "Voice bot"))).build();

        assertThat(type.validate(item)).containsExactly(new InputError(parameterAt(1),
                "option id `ivr` is listed twice under `options`; give each option its own id"));
    }

    @Test
    void describesTheOptions() {
        Item item = item("CON-003").check("at-least").with("minimum", 1L).with("options", List.of(
                Map.of("id", "ivr", "title", "Self-service IVR"), Map.of("id", "crm", "title", "CRM integration")))
                .build();

        assertThat(type.describe(item.check())).isEqualTo("The response must say met and list at least 1 of these"
                + " options under `options`: ivr (Self-service IVR), crm (CRM integration); with at least 1 evidence"
                + " reference, each of which resolves.");
    }
}
