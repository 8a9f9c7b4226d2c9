package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.Tier;
import dev.ccv.model.result.ResultStatus;
import org.junit.jupiter.api.Test;

class PartnerTierCheckTypeTest {

    private final PartnerTierCheckType type = new PartnerTierCheckType();
    private final Item advanced = item("BR-001").check("partner-tier").with("atLeast", "advanced").build();

    private CheckOutcome evaluate(Tier tier) {
        return type.create(advanced).evaluate(context(advanced, assessment().tier(tier).build(), null));
    }

    @Test
    void tiersAtOrAboveAreMet() {
        assertThat(evaluate(Tier.ADVANCED)).isEqualTo(CheckOutcome.met(at(5), "partner tier is advanced, needs advanced or higher"));
        assertThat(evaluate(Tier.PREMIER)).isEqualTo(CheckOutcome.met(at(5), "partner tier is premier, needs advanced or higher"));
    }

    @Test
    void tiersBelowAreUnmetAtThePartnerTierLine() {
        assertThat(evaluate(Tier.SELECT))
                .isEqualTo(CheckOutcome.unmet(at(5), "partner tier is select, needs advanced or higher"));
        assertThat(evaluate(Tier.REGISTERED))
                .isEqualTo(CheckOutcome.unmet(at(5), "partner tier is registered, needs advanced or higher"));
    }

    @Test
    void selectAcceptsSelect() {
        Item select = item("BR-001").check("partner-tier").with("atLeast", "select").build();

        assertThat(type.create(select).evaluate(context(select, assessment().tier(Tier.SELECT).build(), null)).status())
                .isEqualTo(ResultStatus.MET);
    }

    @Test
    void validatesAtLeast() {
        assertThat(type.validate(advanced)).isEmpty();
        assertThat(type.validate(item("X-1").check("partner-tier").build()))
                .containsExactly(new InputError(CHECK_AT, "check type `partner-tier` needs parameter `atLeast`"));
        assertThat(type.validate(item("X-1").check("partner-tier").with("atLeast", "advnced").build()))
                .containsExactly(new InputError(parameterAt(0),
                        "parameter `atLeast` must be one of select, advanced, premier, not `advnced`", "advanced"));
        assertThat(type.validate(item("X-1").check("partner-tier").with("atLeast", "registered").build()))
                .containsExactly(new InputError(parameterAt(0),
                        "parameter `atLeast` must be one of select, advanced, premier, not `registered`"));
        assertThat(type.validate(item("X-1").check("partner-tier").with("atLeast", true).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `atLeast` must be text, not true or false"));
    }

    @Test
    void describesTheTier() {
        assertThat(type.describe(advanced.check())).isEqualTo("Partner tier must be advanced or higher.");
    }
}
