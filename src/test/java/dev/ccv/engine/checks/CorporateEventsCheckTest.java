package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.divested;
import static dev.ccv.engine.Fixtures.event;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorporateEventsCheckTest {

    private static final String NEW_PARTNER = "divestiture (Initech): the divested business must apply to the "
            + "program as a new partner";

    private final CorporateEventsCheck type = new CorporateEventsCheck();
    private final Item item = item("BR-009").check("corporate-events").build();

    private CheckOutcome evaluate(CorporateEvent... events) {
        var builder = assessment();
        for (CorporateEvent event : events) {
            builder.event(event);
        }
        return type.create(item).evaluate(context(item, builder.build(), null));
    }

    @Test
    void noEventsIsMet() {
        assertThat(evaluate()).isEqualTo(CheckOutcome.met(at(1), "no mergers, acquisitions or divestitures declared"));
    }

    @Test
    void anEmptyListIsMetAtItsLine() {
        var assessment = assessment().field("corporateEvents", List.of(), 44).build();

        assertThat(type.create(item).evaluate(context(item, assessment, null)))
                .isEqualTo(CheckOutcome.met(at(44), "no mergers, acquisitions or divestitures declared"));
    }

    @Test
    void acquiredANonPartner() {
        assertThat(evaluate(event(CorporateEventType.ACQUIRED, false, 60))).isEqualTo(CheckOutcome.met(at(60),
                "acquired Initech: no immediate action; describe the impact on the competency solution at the "
                        + "next validation",
                "acquired Initech: an impactDescription is recommended"));
    }

    @Test
    void acquiredANonPartnerWithAnImpactDescription() {
        CorporateEvent described = new CorporateEvent(CorporateEventType.ACQUIRED, "Initech", false,
                LocalDate.of(2025, 2, 1), "Initech's team joins our DevOps practice", false, false, false, at(60));

        assertThat(evaluate(described)).isEqualTo(CheckOutcome.met(at(60), "acquired Initech: no immediate action; "
                + "describe the impact on the competency solution at the next validation"));
    }

    @Test
    void acquiredACompetencyPartner() {
        assertThat(evaluate(event(CorporateEventType.ACQUIRED, true, 60))).isEqualTo(CheckOutcome.met(at(60),
                "acquired Initech, a competency partner: the consolidated entity is assessed at whichever of the "
                        + "two renewals comes first"));
    }

    @Test
    void acquiredByANonPartnerIsUnmet() {
        assertThat(evaluate(event(CorporateEventType.ACQUIRED_BY, false, 60))).isEqualTo(CheckOutcome.unmet(at(60),
                "acquired by Initech, not a competency partner: the acquiring partner must apply and be validated "
                        + "as a new competency partner"));
    }

    @Test
    void acquiredByACompetencyPartner() {
        assertThat(evaluate(event(CorporateEventType.ACQUIRED_BY, true, 60))).isEqualTo(CheckOutcome.met(at(60),
                "acquired by Initech, a competency partner: the consolidated entity is assessed at whichever of "
                        + "the two renewals comes first"));
    }

    @Test
    void divestedAffectingThePracticeUndisclosedIsUnmet() {
        assertThat(evaluate(divested(true, false, false, 60))).isEqualTo(CheckOutcome.unmet(at(60), List.of(
                "divestiture (Initech): a divestiture that affects the competency practice must be disclosed "
                        + "to AWS at once (disclosed: true)",
                NEW_PARTNER)));
    }

    @Test
    void divestedAffectingThePracticeDisclosedIsMet() {
        assertThat(evaluate(divested(true, true, false, 60))).isEqualTo(CheckOutcome.met(at(60),
                "divestiture (Initech): highlight its impact on the business at the next renewal", NEW_PARTNER));
    }

    @Test
    void divestedSignificantlyIsUnmetEvenWhenDisclosed() {
        assertThat(evaluate(divested(true, true, true, 60))).isEqualTo(CheckOutcome.unmet(at(60), List.of(
                "divestiture (Initech): a significant impact on the competency practice removes the partner "
                        + "from the program",
                NEW_PARTNER)));
    }

    @Test
    void divestedSignificantlyAndUndisclosedNamesBothProblems() {
        assertThat(evaluate(divested(true, false, true, 60)).messages()).containsExactly(
                "divestiture (Initech): a divestiture that affects the competency practice must be disclosed "
                        + "to AWS at once (disclosed: true)",
                "divestiture (Initech): a significant impact on the competency practice removes the partner "
                        + "from the program",
                NEW_PARTNER);
    }

    @Test
    void divestedOutsideThePracticeIsMet() {
        assertThat(evaluate(divested(false, false, false, 60))).isEqualTo(
                CheckOutcome.met(at(60), "divestiture (Initech): does not affect the competency practice"));
    }

    @Test
    void theFirstUnmetEventIsTheLocation() {
        CheckOutcome outcome = evaluate(event(CorporateEventType.ACQUIRED, true, 60),
                event(CorporateEventType.ACQUIRED_BY, false, 65));

        assertThat(outcome.location()).isEqualTo(at(65));
        assertThat(outcome.messages()).hasSize(2);
    }

    @Test
    void takesNoParameters() {
        assertThat(type.validate(item)).isEmpty();
        assertThat(type.validate(item("X-1").check("corporate-events").with("strict", true).build()))
                .containsExactly(new InputError(parameterAt(0),
                        "unknown parameter `strict` for check type `corporate-events`, which takes no parameters"));
    }

    @Test
    void describesTheRules() {
        assertThat(type.describe(item.check()))
                .isEqualTo("Mergers, acquisitions and divestitures must follow the program's rules.");
    }
}
