package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static dev.ccv.engine.Fixtures.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class CheckTypesTest {

    @Test
    void namesTheClosedSetInDocumentedOrder() {
        assertThat(CheckTypes.names()).containsExactly("attestation", "partner-tier", "case-study-count",
                "case-study-fields", "field", "corporate-events", "at-least", "certification-count",
                "contribution-count", "nomination", "employer");
    }

    @Test
    void aValidChecklistHasNoErrors() {
        assertThat(CheckTypes.validate(checklist(section("business",
                item("BR-001").check("partner-tier").with("atLeast", "advanced").build(),
                item("BR-002").build())))).isEmpty();
    }

    @Test
    void unknownCheckTypeWithASuggestion() {
        assertThat(CheckTypes.validate(checklist(section("business", item("BR-001").check("partner-teir").build()))))
                .containsExactly(new InputError(CHECK_AT, "unknown check type `partner-teir`", "partner-tier"));
    }

    @Test
    void unknownCheckTypeWithoutASuggestionListsTheTypes() {
        assertThat(CheckTypes.validate(checklist(section("business", item("BR-001").check("magic").build()))))
                .containsExactly(new InputError(CHECK_AT, "unknown check type `magic`; check types are attestation, "
                        + "partner-tier, case-study-count, case-study-fields, field, corporate-events, at-least, "
                        + "certification-count, contribution-count, nomination, employer"));
    }

    @Test
    void collectsEachTypesErrorsInChecklistOrder() {
        assertThat(CheckTypes.validate(checklist(
                section("business", item("BR-001").check("partner-tier").build()),
                section("technical", item("TEC-001").with("minEvidence", "one").build()))))
                .containsExactly(
                        new InputError(CHECK_AT, "check type `partner-tier` needs parameter `atLeast`"),
                        new InputError(parameterAt(0), "parameter `minEvidence` must be a whole number, not text"));
    }

    @Test
    void compilingAValidChecklistGivesEveryItemsCheck() {
        assertThat(CheckTypes.compile(checklist(section("business",
                item("BR-001").check("partner-tier").with("atLeast", "advanced").build(),
                item("BR-002").build())))).containsOnlyKeys("BR-001", "BR-002");
    }

    @Test
    void compilingFindsTheSameErrorsAsValidatingInTheSameOrder() {
        Checklist invalid = checklist(
                section("business", item("BR-001").check("partner-tier").build(), item("BR-002").check("magic").build()),
                section("technical", item("TEC-001").with("minEvidence", "one").build(), item("TEC-002").build()));

        assertThatThrownBy(() -> CheckTypes.compile(invalid)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors()).isEqualTo(CheckTypes.validate(invalid));
        assertThat(CheckTypes.validate(invalid)).hasSize(3);
    }

    @Test
    void unknownParametersAreReportedInFileOrder() {
        assertThat(CheckTypes.validate(checklist(section("business",
                item("BR-001").with("zeta", 1L).with("alpha", 2L).build()))))
                .extracting(InputError::position).containsExactly(parameterAt(0), parameterAt(1));
    }
}
