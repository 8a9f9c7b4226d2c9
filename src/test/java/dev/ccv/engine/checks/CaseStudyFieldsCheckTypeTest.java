package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.CHECK_AT;
import static dev.ccv.engine.Fixtures.ITEM_AT;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.external;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.missing;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.parameterAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.Fixtures.ItemBuilder;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStudyFieldsCheckTypeTest {

    private final CaseStudyFieldsCheckType type = new CaseStudyFieldsCheckType();

    private static ItemBuilder requiring(Object fields) {
        return item("CS-001").caseStudyScoped().check("case-study-fields").with("required", fields);
    }

    private CheckOutcome evaluate(Item item, CaseStudy caseStudy) {
        return type.create(item).evaluate(context(item, assessment().caseStudies(caseStudy).build(), caseStudy));
    }

    @Test
    void presentNonEmptyFieldsAreMet() {
        Item item = requiring(List.of("outcomes", "awsServices", "dateDelivered")).build();
        CaseStudy complete = caseStudy("cs-x").line(40).field("outcomes", "Deploys went from weekly to daily")
                .field("awsServices", List.of("Amazon ECS")).field("dateDelivered", LocalDate.of(2025, 3, 14)).build();

        assertThat(evaluate(item, complete)).isEqualTo(CheckOutcome.met(at(40)));
    }

    @Test
    void missingBlankAndEmptyFieldsAreNamed() {
        Item item = requiring(List.of("introduction", "challenge", "outcomes", "awsServices")).build();
        CaseStudy sparse = caseStudy("cs-x").line(40).field("challenge", "   ").field("awsServices", List.of())
                .field("introduction", "Globex makes widgets").build();

        assertThat(evaluate(item, sparse)).isEqualTo(CheckOutcome.unmet(at(40), List.of(
                "case study cs-x: missing challenge",
                "case study cs-x: missing outcomes",
                "case study cs-x: missing awsServices")));
    }

    @Test
    void aCaseStudysEvidenceFileThatDoesNotExistIsUnmetAtItsLine() {
        Item item = requiring(List.of("outcomes", "evidence")).build();
        CaseStudy withMissingFile = caseStudy("cs-x").line(40).field("outcomes", "Daily deploys")
                .evidence(local("evidence/x/architecture.pdf", 52), missing("evidence/x/runbook.pdf", 53),
                        missing("evidence/x/go-live.pdf", 54))
                .build();

        assertThat(evaluate(item, withMissingFile)).isEqualTo(CheckOutcome.unmet(at(53), List.of(
                "case study cs-x: evidence not found: evidence/x/runbook.pdf",
                "case study cs-x: evidence not found: evidence/x/go-live.pdf")));
    }

    @Test
    void aCaseStudysEvidenceThatResolvesIsMet() {
        Item item = requiring(List.of("evidence")).build();
        CaseStudy resolving = caseStudy("cs-x").line(40)
                .evidence(local("evidence/x/architecture.pdf", 52), external("https://example.com/x", 53)).build();

        assertThat(evaluate(item, resolving)).isEqualTo(CheckOutcome.met(at(40)));
    }

    @Test
    void validatesParameters() {
        assertThat(type.validate(requiring(List.of("outcomes")).build())).isEmpty();
        assertThat(type.validate(item("CS-001").caseStudyScoped().check("case-study-fields").build()))
                .containsExactly(new InputError(CHECK_AT, "check type `case-study-fields` needs parameter `required`"));
        assertThat(type.validate(requiring("outcomes").build())).containsExactly(
                new InputError(parameterAt(0), "parameter `required` must be a list of text values, not text"));
        assertThat(type.validate(requiring(List.of()).build())).containsExactly(
                new InputError(parameterAt(0), "parameter `required` must list at least one value"));
        assertThat(type.validate(requiring(List.of(3L)).build())).containsExactly(
                new InputError(parameterAt(0), "parameter `required` must list text values, not a whole number"));
        assertThat(type.validate(requiring(List.of("outcome")).build())).containsExactly(new InputError(
                parameterAt(0), "unknown case-study field `outcome` in parameter `required`", "outcomes"));
        assertThat(type.validate(requiring(List.of("budget")).build())).containsExactly(new InputError(
                parameterAt(0), "unknown case-study field `budget` in parameter `required`; case-study fields are "
                        + "id, customer, public, url, introduction, challenge, solution, awsServices, "
                        + "thirdPartyTools, dateDelivered, outcomes, evidence"));
    }

    @Test
    void scopeMustBeCaseStudy() {
        Item partnerScoped = item("CS-001").check("case-study-fields").with("required", List.of("outcomes")).build();

        assertThat(type.validate(partnerScoped)).containsExactly(new InputError(ITEM_AT,
                "check type `case-study-fields` checks one case study at a time: write `scope: case-study`"));
    }

    @Test
    void describesTheFields() {
        assertThat(type.describe(requiring(List.of("introduction", "outcomes")).build().check()))
                .isEqualTo("Each case study must give introduction, outcomes.");
    }
}
