package dev.ccv.loading;

import dev.ccv.model.Audit;
import dev.ccv.model.Checklist;
import dev.ccv.model.SelfAssessment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionValidatorTest {

    private static final String SA = "self-assessment.yaml";
    private final EvidenceResolver evidence = new EvidenceResolver(Errors.resource("bundle"));
    private final Checklist checklist = new ChecklistLoader()
            .load(Errors.resource("checklist-full.yaml"), "checklist-full.yaml", "built-in");

    @Test
    void acceptsTheFullBundle() {
        SelfAssessment assessment = new SelfAssessmentLoader().load(Errors.resource("bundle/self-assessment.yaml"),
                SA, evidence);
        Audit audit = new AuditLoader().load(Errors.resource("bundle/audit.yaml"), "audit.yaml", evidence);

        assertThatCode(() -> SubmissionValidator.validate(checklist, assessment, Optional.of(audit)))
                .doesNotThrowAnyException();
    }

    @Test
    void reportsResponsesToUnknownItemsAndCaseStudies() {
        assertThat(errors(assessment("""
                responses:
                  BR-01: { status: met }
                  ARC-001:
                    caseStudies:
                      cs-globx: { status: met }
                """), Optional.empty())).containsExactly(
                SA + ":15:3: a response to `BR-01`, which checklist `test-devops` does not have"
                        + " (did you mean `BR-001`?)",
                SA + ":18:7: no case study `cs-globx` in the self-assessment; its case studies: cs-globex"
                        + " (did you mean `cs-globex`?)");
    }

    @Test
    void reportsResponsesInTheWrongFormForTheItemsScope() {
        assertThat(errors(assessment("""
                responses:
                  BR-001:
                    caseStudies:
                      cs-globex: { status: met }
                  ARC-001: { status: met }
                """), Optional.empty())).containsExactly(
                SA + ":15:3: item `BR-001` is partner-scoped: answer it once with `status:`,"
                        + " not per case study under `caseStudies:`",
                SA + ":18:3: item `ARC-001` is case-study-scoped: answer it once per case study,"
                        + " e.g. caseStudies: { cs-globex: { status: met } }");
    }

    @Test
    void checksTheSolutionCategoryAndDeploymentTypeAgainstTheChecklist() {
        String yaml = assessment("").replace("  category: production\n", "  category: prodution\n")
                .replace("  deploymentType: saas\n", "");
        assertThat(errors(yaml, Optional.empty())).containsExactly(
                SA + ":6:1: missing required key `deploymentType` in `solution`: checklist `test-devops` asks for"
                        + " one of saas, customer-deployed",
                SA + ":8:13: `prodution` is not one of the solutionCategories of checklist `test-devops`;"
                        + " valid: product-design, production (did you mean `production`?)");
    }

    @Test
    void refusesACategoryWhenTheChecklistDeclaresNone() {
        Checklist plain = new ChecklistLoader().parse("""
                kind: checklist
                id: test-devops
                title: T
                version: "1"
                sections: []
                """, "plain.yaml", "plain.yaml");
        SelfAssessment assessment = load(assessment("").replace("  deploymentType: saas\n", ""));

        assertThat(Errors.of(() -> SubmissionValidator.validate(plain, assessment, Optional.empty())))
                .containsExactly(SA + ":8:13: checklist `test-devops` declares no solutionCategories;"
                        + " leave `category` out");
    }

    @Test
    void reportsAuditFindingsThatDoNotFitTheChecklistOrTheAssessment() {
        Audit audit = new AuditLoader().parse("""
                kind: audit
                checklist: other-competency
                auditor: A
                date: 2025-06-02
                findings:
                  - { item: ARC-002, caseStudy: cs-globex, result: unmet }
                  - { item: ARC-001, result: unmet }
                  - { item: BR-001, caseStudy: cs-globex, result: unmet }
                  - { item: ARC-001, caseStudy: cs-initec, result: unmet }
                """, "audit.yaml", evidence);

        assertThat(errors(assessment(""), Optional.of(audit))).containsExactly(
                "audit.yaml:1:1: the audit record is for checklist `other-competency`,"
                        + " but the self-assessment is for `test-devops`",
                "audit.yaml:6:13: an audit finding for `ARC-002`, which checklist `test-devops` does not have"
                        + " (did you mean `ARC-001`?)",
                "audit.yaml:7:5: item `ARC-001` is case-study-scoped: add `caseStudy: cs-globex`"
                        + " naming the case study this finding is about",
                "audit.yaml:8:32: item `BR-001` is partner-scoped: remove `caseStudy` from this finding",
                "audit.yaml:9:33: no case study `cs-initec` in the self-assessment; its case studies: cs-globex");
    }

    @Test
    void reportsAnAssessmentForAnotherChecklist() {
        assertThat(errors(assessment("").replace("checklist: test-devops", "checklist: other"), Optional.empty()))
                .containsExactly(SA + ":2:12: this self-assessment is for checklist `other`,"
                        + " but it is being checked against `test-devops`");
    }

    @Test
    void anOptionTheItemDoesNotHaveIsAnInputErrorWithASuggestion() {
        Checklist withOptions = new ChecklistLoader().parse("""
                kind: checklist
                id: test-devops
                title: Options
                version: "1"
                solutionCategories: [production]
                deploymentTypes: [saas]
                sections:
                  - id: delivery
                    title: Delivery
                    items:
                      - id: CON-003
                        title: Three or more contact-centre features
                        scope: case-study
                        check:
                          type: at-least
                          minimum: 1
                          options:
                            - { id: routing, title: Skills-based routing }
                            - { id: ivr, title: Self-service IVR }
                      - id: BR-001
                        title: Attested
                """, "options.yaml", "built-in");
        SelfAssessment assessment = load(assessment("""
                responses:
                  CON-003:
                    caseStudies:
                      cs-globex: { status: met, options: [routing, ivrr] }
                  BR-001: { status: met, options: [routing] }
                """));

        assertThat(Errors.of(() -> SubmissionValidator.validate(withOptions, assessment, Optional.empty())))
                .containsExactly(
                        SA + ":17:52: option `ivrr`, which item `CON-003` does not have; its options: routing, ivr"
                                + " (did you mean `ivr`?)",
                        SA + ":18:36: item `BR-001` has no options to choose from (its check is `attestation`);"
                                + " leave `options` out");
    }

    private List<String> errors(String yaml, Optional<Audit> audit) {
        SelfAssessment assessment = load(yaml);
        return Errors.of(() -> SubmissionValidator.validate(checklist, assessment, audit));
    }

    private SelfAssessment load(String yaml) {
        return new SelfAssessmentLoader().parse(yaml, SA, evidence);
    }

    private static String assessment(String responses) {
        return """
                kind: self-assessment
                checklist: test-devops
                partner:
                  name: Acme
                  tier: advanced
                solution:
                  name: Pipelines
                  category: production
                  deploymentType: saas
                caseStudies:
                  - id: cs-globex
                    customer: Globex
                    public: true
                """ + responses;
    }
}
