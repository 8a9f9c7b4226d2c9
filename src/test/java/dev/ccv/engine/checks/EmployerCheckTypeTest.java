package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import org.junit.jupiter.api.Test;

class EmployerCheckTypeTest {

    private final EmployerCheckType type = new EmployerCheckType();
    private final Item partner = item("AMB-001").check("employer").with("apnPartner", true).build();
    private final Item advanced = item("AMB-001").check("employer").with("apnPartner", true)
            .with("atLeastTier", "advanced").build();

    /** Line 5 holds the employer, inside `applicant` of the header. */
    private static SelfAssessment employer(String mapping) {
        return Individual.of("  employer: " + mapping + "\n");
    }

    @Test
    void anAwsPartnerEmployerIsMet() {
        assertThat(Individual.evaluate(type, partner, employer("{ name: Acme, apnPartner: true }")))
                .isEqualTo(CheckOutcome.met(Individual.line(5, 39), "employer Acme is an AWS Partner"));
    }

    @Test
    void anEmployerThatIsNotAPartnerOrNoEmployerIsUnmet() {
        assertThat(Individual.evaluate(type, partner, employer("{ name: Acme }"))).isEqualTo(CheckOutcome.unmet(
                Individual.line(5, 21), "employer Acme is not an AWS Partner (`apnPartner` is not true)"));
        assertThat(Individual.evaluate(type, partner, Individual.of(""))).isEqualTo(CheckOutcome.unmet(
                Individual.line(4, 9), "no employer given: write `employer: { name: ..., apnPartner: true,"
                        + " tier: ... }` under `applicant`"));
    }

    @Test
    void theTierIsABoundary() {
        assertThat(Individual.evaluate(type, advanced, employer("{ name: Acme, apnPartner: true, tier: advanced }")))
                .isEqualTo(CheckOutcome.met(Individual.line(5, 51), "employer's partner tier is advanced, needs"
                        + " advanced or higher"));
        assertThat(Individual.evaluate(type, advanced, employer("{ name: Acme, apnPartner: true, tier: select }")))
                .isEqualTo(CheckOutcome.unmet(Individual.line(5, 51), "employer's partner tier is select, needs"
                        + " advanced or higher"));
        assertThat(Individual.evaluate(type, advanced, employer("{ name: Acme, apnPartner: true }")))
                .isEqualTo(CheckOutcome.unmet(Individual.line(5, 39), "employer's partner tier is not given, needs"
                        + " advanced or higher"));
    }

    @Test
    void apnPartnerFalseWantsAnEmployerThatIsNotOne() {
        Item independent = item("CC-001").check("employer").with("apnPartner", false).build();

        assertThat(Individual.evaluate(type, independent, Individual.of("")).status())
                .isEqualTo(CheckOutcome.met(null).status());
        assertThat(Individual.evaluate(type, independent, employer("{ name: Acme, apnPartner: true }")))
                .isEqualTo(CheckOutcome.unmet(Individual.line(5, 39), "employer Acme is an AWS Partner"));
    }

    @Test
    void validatesItsParameters() {
        assertThat(type.validate(advanced)).isEmpty();
        assertThat(type.validate(item("X-1").check("employer").build()))
                .containsExactly(new InputError(CHECK_AT, "check type `employer` needs parameter `apnPartner`"));
        assertThat(type.validate(item("X-1").check("employer").with("apnPartner", true).with("atLeastTier", "premeir")
                .build())).containsExactly(new InputError(parameterAt(1),
                "parameter `atLeastTier` must be one of select, advanced, premier, not `premeir`", "premier"));
        assertThat(type.validate(item("X-1").check("employer").with("apnPartner", false).with("atLeastTier", "select")
                .build())).containsExactly(new InputError(parameterAt(1), "parameter `atLeastTier` needs"
                + " `apnPartner: true`: an employer that is not an AWS Partner has no tier"));
    }

    @Test
    void describesWhatItNeeds() {
        assertThat(type.describe(advanced.check()))
                .isEqualTo("The applicant's employer must be an AWS Partner at the advanced tier or higher.");
    }
}
