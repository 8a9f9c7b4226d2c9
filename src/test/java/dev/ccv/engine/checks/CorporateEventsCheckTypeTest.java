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
import dev.ccv.engine.Fixtures;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorporateEventsCheckTypeTest {

    private static final String NEW_PARTNER = "divestiture (Initech): the divested business must apply to the "
            + "program as a new partner";

    private final CorporateEventsCheckType type = new CorporateEventsCheckType();
    private final Item item = item("BR-009").check("corporate-events").build();

    private CheckOutcome evaluate(CorporateEvent... events) {
        return evaluate(assessment(), events);
    }

    private CheckOutcome evaluate(Fixtures.AssessmentBuilder builder, CorporateEvent... events) {
        return evaluate(item, builder, events);
    }

    private CheckOutcome evaluateRequiring(CorporateEvent... events) {
        Item requiring = item("CCV-001").check("corporate-events").with("require", "impactDescription").build();
        return evaluate(requiring, assessment(), events);
    }

    private CheckOutcome evaluate(Item checked, Fixtures.AssessmentBuilder builder, CorporateEvent... events) {
        for (CorporateEvent event : events) {
            builder.event(event);
        }
        return type.create(checked).evaluate(context(checked, builder.build(), null));
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
    void acquiredACompetencyPartnerWhileHoldingTheCompetency() {
        assertThat(evaluate(assessment().holdsCompetency(true), event(CorporateEventType.ACQUIRED, true, 60)))
                .isEqualTo(CheckOutcome.met(at(60), "acquired Initech, a competency partner: the consolidated "
                        + "entity is assessed at whichever of the two renewals comes first"));
    }

    @Test
    void anApplicantWithoutTheCompetencyThatAcquiredACompetencyPartnerIsToldThisApplicationMustValidateIt() {
        assertThat(evaluate(assessment().holdsCompetency(false), event(CorporateEventType.ACQUIRED, true, 60)))
                .isEqualTo(CheckOutcome.met(at(60), "acquired Initech, a competency partner: you do not hold this "
                        + "competency yet, so its competency does not pass to you; this application is the new "
                        + "application the program asks for, and must validate your new business and delivery "
                        + "models and how Initech's technical capabilities were integrated"));
    }

    @Test
    void acquiredACompetencyPartnerWithoutSayingWhetherTheCompetencyIsHeldGivesBothRulesAndTheKey() {
        assertThat(evaluate(event(CorporateEventType.ACQUIRED, true, 60))).isEqualTo(CheckOutcome.met(at(60),
                "acquired Initech, a competency partner: if you already hold this competency, the consolidated "
                        + "entity is assessed at whichever of the two renewals comes first; if you do not, its "
                        + "competency does not pass to you; this application is the new application the program "
                        + "asks for, and must validate your new business and delivery models and how Initech's "
                        + "technical capabilities were integrated (say which with partner.holdsCompetency: true or "
                        + "false)"));
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
                "divestiture (Initech): whether its impact is significant is for AWS or the auditor to decide, not "
                        + "the partner, once it is disclosed; it stays open until the audit record rules on BR-009 "
                        + "(result: met when the impact is not significant: then highlight it at the next renewal; "
                        + "significant: the partner is removed from the program)",
                NEW_PARTNER)));
    }

    @Test
    void thePartnersOwnNotSignificantCannotClearADisclosedDivestiture() {
        assertThat(evaluate(divested(true, true, false, 60))).isEqualTo(CheckOutcome.unmet(at(60), List.of(
                "divestiture (Initech): whether its impact is significant is for AWS or the auditor to decide, not "
                        + "the partner; it stays open until the audit record rules on BR-009 (result: met when the "
                        + "impact is not significant: then highlight it at the next renewal; significant: the "
                        + "partner is removed from the program)",
                NEW_PARTNER)));
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
    void anAcquisitionWithoutImpactDescriptionIsUnmetForTheItemThatRequiresOne() {
        CheckOutcome outcome = evaluateRequiring(event(CorporateEventType.ACQUIRED, false, 60),
                divested(false, false, false, 66), event(CorporateEventType.ACQUIRED, true, 70));

        String describe = ": no impactDescription; describe what the acquisition changes in the competency solution"
                + " and practice, e.g. impactDescription: \"its engineers joined our practice\"";
        assertThat(outcome).isEqualTo(CheckOutcome.unmet(at(60),
                List.of("acquired Initech" + describe, "acquired Initech (line 70)" + describe)));
    }

    @Test
    void describedAcquisitionsAndOtherEventsMeetTheImpactItem() {
        CorporateEvent described = new CorporateEvent(CorporateEventType.ACQUIRED, "Initech", true,
                LocalDate.of(2025, 2, 1), "Initech's team joins our DevOps practice", false, false, false, at(60));

        assertThat(evaluateRequiring(described)).isEqualTo(
                CheckOutcome.met(at(60), "1 acquisition describes its impact"));
        assertThat(evaluateRequiring(divested(true, false, true, 70))).isEqualTo(
                CheckOutcome.met(at(70), "no acquisitions declared"));
    }

    @Test
    void requireTakesOnlyImpactDescription() {
        Item requiring = item("X-1").check("corporate-events").with("require", "impactDescription").build();
        Item misspelt = item("X-1").check("corporate-events").with("require", "impactDescriptoin").build();
        Item other = item("X-1").check("corporate-events").with("require", "date").build();

        assertThat(type.validate(requiring)).isEmpty();
        assertThat(type.validate(misspelt)).containsExactly(new InputError(parameterAt(0),
                "parameter `require` can only be `impactDescription`, not `impactDescriptoin`", "impactDescription"));
        assertThat(type.validate(other)).containsExactly(new InputError(parameterAt(0),
                "parameter `require` can only be `impactDescription`, not `date`"));
    }

    @Test
    void anUnknownParameterNamesTheOneThereIs() {
        assertThat(type.validate(item)).isEmpty();
        assertThat(type.validate(item("X-1").check("corporate-events").with("strict", true).build()))
                .containsExactly(new InputError(parameterAt(0),
                        "unknown parameter `strict` for check type `corporate-events`; its parameters are require"));
    }

    @Test
    void describesTheRules() {
        assertThat(type.describe(item.check()))
                .isEqualTo("Mergers, acquisitions and divestitures must follow the program's rules.");
        assertThat(type.describe(item("X-1").check("corporate-events").with("require", "impactDescription").build()
                .check())).isEqualTo(
                "Every acquisition must describe its impact on the competency solution (impactDescription).");
    }
}
