package dev.ccv.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ccv.loading.ChecklistLoader;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.loading.SubmissionValidator;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Subject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checks for partners stay in partner checklists, checks for individuals in individual ones. */
class SubjectRulesTest {

    private static final String FILE = "checklists/program.yaml";

    private static String checklist(String subject, String itemBody) {
        return """
                kind: checklist
                id: program
                title: Program
                version: "1"
                subject: %s
                sections:
                  - id: eligibility
                    title: Eligibility
                    items:
                      - id: EL-001
                        title: One
                %s
                """.formatted(subject, itemBody.indent(8).stripTrailing());
    }

    private static Checklist load(String yaml) {
        return new ChecklistLoader().parse(yaml, FILE, "test");
    }

    private static List<String> loadErrors(String yaml) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> load(yaml));
        assertThat(thrown).as("an input error").isNotNull();
        return thrown.errors().stream().map(InputError::render).toList();
    }

    private static List<String> checkErrors(String yaml) {
        return CheckTypes.validate(load(yaml)).stream().map(InputError::render).toList();
    }

    @Test
    void theSubjectDefaultsToPartner() {
        assertThat(load(checklist("partner", "check: { type: attestation }")).subject()).isEqualTo(Subject.PARTNER);
        assertThat(load(checklist("individual", "check: { type: attestation }")).subject())
                .isEqualTo(Subject.INDIVIDUAL);
        assertThat(loadErrors(checklist("people", "check: { type: attestation }"))).containsExactly(
                FILE + ":5:10: `subject`: `people` is not a valid checklist subject; valid: partner, individual");
    }

    @Test
    void aPartnerCheckTypeInAnIndividualChecklistIsAnError() {
        assertThat(checkErrors(checklist("individual", "check: { type: partner-tier, atLeast: advanced }")))
                .containsExactly(FILE + ":12:16: check type `partner-tier` is for a partner checklist (`subject:"
                        + " partner`), but checklist `program` is an individual checklist (`subject: individual`);"
                        + " its check types: attestation, field, at-least, certification-count,"
                        + " contribution-count, nomination, employer");
    }

    @Test
    void anIndividualCheckTypeInAPartnerChecklistIsAnError() {
        assertThat(checkErrors(checklist("partner", "check: { type: certification-count, minimum: 2 }")))
                .containsExactly(FILE + ":12:16: check type `certification-count` is for an individual checklist"
                        + " (`subject: individual`), but checklist `program` is a partner checklist (`subject:"
                        + " partner`); its check types: attestation, partner-tier, case-study-count,"
                        + " case-study-fields, field, corporate-events, at-least");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CheckTypes.compile(
                load(checklist("partner", "check: { type: nomination }"))))).isNotNull();
    }

    @Test
    void fieldPathsMustBelongToTheSubject() {
        assertThat(checkErrors(checklist("individual", "check: { type: field, path: partner.landingPage, https: true }")))
                .containsExactly(FILE + ":12:37: field `partner.landingPage` is in the self-assessment for a partner"
                        + " checklist (`subject: partner`), but checklist `program` is an individual checklist"
                        + " (`subject: individual`)");
        assertThat(checkErrors(checklist("partner", "check: { type: field, path: applicant.email, present: true }")))
                .containsExactly(FILE + ":12:37: field `applicant.email` is in the self-assessment for an individual"
                        + " checklist (`subject: individual`), but checklist `program` is a partner checklist"
                        + " (`subject: partner`)");
        assertThat(checkErrors(checklist("individual", "check: { type: field, path: contributions, min: 3 }"))).isEmpty();
    }

    @Test
    void anIndividualChecklistHasNoSolutionOrCaseStudies() {
        String yaml = checklist("individual", "scope: case-study\nappliesTo: { publicCaseStudy: true }")
                .replace("sections:", "solutionCategories: [production]\nsections:");

        assertThat(loadErrors(yaml)).containsExactly(
                FILE + ":6:1: `solutionCategories` belongs to a partner checklist; an individual checklist"
                        + " (`subject: individual`) has no solution: remove it",
                FILE + ":11:9: item EL-001 is case-study-scoped, but an individual checklist (`subject: individual`)"
                        + " has no case studies: write `scope: partner` or leave `scope` out",
                FILE + ":11:9: item EL-001 has `appliesTo`, which an individual checklist (`subject: individual`)"
                        + " cannot use: an individual has no solution or case studies; remove it");
    }

    @Test
    void aSelfAssessmentOfTheWrongKindNamesBothAndHowToStartOver() {
        Checklist individual = load(checklist("individual", "check: { type: attestation }"));
        SelfAssessment partner = new SelfAssessmentLoader(id -> Optional.empty()).parse("""
                kind: self-assessment
                checklist: program
                partner: { name: Acme, tier: advanced }
                solution: { name: Platform }
                """, "self-assessment.yaml", new EvidenceResolver(Path.of(".")));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> SubmissionValidator.validate(individual, partner, Optional.empty()));

        assertThat(thrown.errors().stream().map(InputError::render)).containsExactly(
                "self-assessment.yaml:1:1: this self-assessment is written for a partner checklist (`subject:"
                        + " partner`), but checklist `program` is an individual checklist (`subject: individual`);"
                        + " `ccv init program` writes one of the right kind");
    }
}
