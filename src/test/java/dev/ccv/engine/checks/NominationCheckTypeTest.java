package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;

class NominationCheckTypeTest {

    private final NominationCheckType type = new NominationCheckType();
    private final Item anyone = item("HERO-001").check("nomination").build();
    private final Item byAws = item("HERO-002").check("nomination").with("roles", List.of("aws-employee")).build();

    private static final SelfAssessment SELF_AND_COMMUNITY = Individual.of("""
            nominations:
              - { by: Dana Lee, role: self, date: 2026-01-01 }
              - { by: Sam Poe, role: community-member }
            """);

    @Test
    void oneNominationByAnyoneIsEnoughByDefault() {
        assertThat(Individual.evaluate(type, anyone, SELF_AND_COMMUNITY)).isEqualTo(
                CheckOutcome.met(Individual.line(5, 1), List.of("2 nominations count, 1 needed")));
        assertThat(Individual.evaluate(type, anyone, Individual.of(""))).isEqualTo(
                CheckOutcome.unmet(Individual.line(1, 1), List.of("0 nominations count, 1 needed")));
    }

    @Test
    void countsOnlyTheGivenRoles() {
        assertThat(Individual.evaluate(type, byAws, SELF_AND_COMMUNITY)).isEqualTo(
                CheckOutcome.unmet(Individual.line(5, 1), List.of(
                        "the nomination by Dana Lee does not count: role self is not aws-employee",
                        "the nomination by Sam Poe does not count: role community-member is not aws-employee",
                        "0 nominations count, 1 needed")));
    }

    @Test
    void theMinimumIsABoundary() {
        Item two = item("HERO-003").check("nomination").with("minimum", 2L).build();
        Item three = item("HERO-003").check("nomination").with("minimum", 3L).build();

        assertThat(Individual.evaluate(type, two, SELF_AND_COMMUNITY).messages())
                .containsExactly("2 nominations count, 2 needed");
        assertThat(Individual.evaluate(type, three, SELF_AND_COMMUNITY).messages())
                .containsExactly("2 nominations count, 3 needed");
    }

    @Test
    void validatesItsParameters() {
        assertThat(type.validate(anyone)).isEmpty();
        assertThat(type.validate(item("X-1").check("nomination").with("roles", List.of("aws-employe")).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `roles` lists `aws-employe`, which is not"
                        + " one of aws-employee, community-member, self", "aws-employee"));
        assertThat(type.validate(item("X-1").check("nomination").with("minimum", 0L).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `minimum` must be at least 1, not 0"));
    }

    @Test
    void describesWhatItNeeds() {
        assertThat(type.describe(byAws.check())).isEqualTo("At least 1 nomination by aws-employee.");
    }
}
