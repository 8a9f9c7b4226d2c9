package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.answer;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.auditEntry;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.external;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.perCaseStudy;
import static dev.ccv.engine.Fixtures.section;
import static dev.ccv.engine.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.engine.Fixtures.AssessmentBuilder;
import dev.ccv.model.AppliesTo;
import dev.ccv.model.AuditResult;
import dev.ccv.model.Checklist;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Remediation;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Severity;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Applicability as the engine applies it: categories, deployment types, AWS environment, public case studies. */
class ApplicabilityTest {

    @Test
    void anItemThatDoesNotApplyIsNotApplicableAndNeverBlocks() {
        Checklist checklist = checklist(
                section("business",
                        item("OPS-001").appliesTo(new AppliesTo(List.of("operations"), null, null, null))
                                .build(),
                        item("CD-001").appliesTo(new AppliesTo(null, List.of("customer-deployed"), null,
                                null)).build()),
                section("architecture", new AppliesTo(null, null, true, null),
                        item("ARC-001").build()));

        Evaluation evaluation = Fixtures.evaluate(submission(checklist,
                assessment().operatesAwsEnvironment(false).field("solution.category", "production", 9).build()));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.results()).extracting(ItemResult::status).containsOnly(ResultStatus.NOT_APPLICABLE);
        assertThat(evaluation.results()).extracting(r -> r.messages().get(0)).containsExactly(
                "does not apply: solution category is production",
                "does not apply: deployment type is saas",
                "does not apply: the solution does not operate an AWS environment");
        assertThat(evaluation.results().get(0).location()).isEqualTo(at(9));
        assertThat(evaluation.results().get(1).location()).isEqualTo(at(8));
    }

    @Test
    void publicCaseStudyConditionIsPerCaseStudy() {
        Checklist checklist = checklist(section("docs", item("DOC-002").caseStudyScoped()
                .appliesTo(new AppliesTo(null, null, null, true)).build()));
        AssessmentBuilder assessment = assessment()
                .caseStudies(caseStudy("cs-a").line(40).build(), caseStudy("cs-b").line(50).nonPublic().build())
                .respond(perCaseStudy("DOC-002", 70, Map.of("cs-a", answer(ResponseStatus.MET, 71,
                        external("https://example.com/a", 72)))));

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment.build()));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.results()).containsExactly(
                new ItemResult("DOC-002", "docs", "cs-a", Severity.REQUIRED, ResultStatus.MET,
                        List.of("external, not verified: https://example.com/a"), at(71)),
                new ItemResult("DOC-002", "docs", "cs-b", Severity.REQUIRED,
                        ResultStatus.NOT_APPLICABLE, List.of("does not apply: case study cs-b is not public"), at(50)));
    }

    @Test
    void anAuditorMetOnAnItemThatDoesNotApplyIsANote() {
        Checklist checklist = checklist(section("ops", item("OPS-001")
                .appliesTo(new AppliesTo(List.of("operations"), null, null, null)).build()));

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().build(),
                auditEntry("OPS-001", null, AuditResult.MET, null)));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.results()).singleElement().satisfies(r -> assertThat(r.messages()).containsExactly(
                "does not apply: solution category is production",
                "auditor: met (audit.yaml:9:13) noted; the item does not apply"));
    }

    @Test
    void anAuditorUnmetOnAnItemThatDoesNotApplyContradictsTheSelfAssessment() {
        Checklist checklist = checklist(section("architecture", new AppliesTo(null, null, true, null),
                item("ARC-001").build()));
        SelfAssessment noAwsEnvironment = assessment().operatesAwsEnvironment(false)
                .field("solution.operatesAwsEnvironment", false, 12).build();

        assertThatThrownBy(() -> Fixtures.evaluate(submission(checklist, noAwsEnvironment,
                auditEntry("ARC-001", null, AuditResult.UNMET, Remediation.UNREMEDIABLE))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("audit.yaml:9:13: the auditor records `unmet` for ARC-001, but the item does not apply:"
                        + " the solution does not operate an AWS environment, at self-assessment.yaml:12:3"
                        + " (`operatesAwsEnvironment: false`); correct one of the two files: the self-assessment,"
                        + " or this audit entry");
    }

    @Test
    void anAuditorUnmetOnACaseStudyAnItemDoesNotApplyToNamesTheCaseStudy() {
        Checklist checklist = checklist(section("docs", item("DOC-002").caseStudyScoped()
                .appliesTo(new AppliesTo(null, null, null, true)).build()));
        SelfAssessment assessment = assessment().caseStudies(caseStudy("cs-b").line(50).nonPublic().build()).build();

        assertThatThrownBy(() -> Fixtures.evaluate(submission(checklist, assessment,
                auditEntry("DOC-002", "cs-b", AuditResult.UNMET, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("audit.yaml:9:13: the auditor records `unmet` for DOC-002 for case study cs-b, but the"
                        + " item does not apply: case study cs-b is not public, at self-assessment.yaml:50:3; correct"
                        + " one of the two files: the self-assessment, or this audit entry");
    }

    @Test
    void anItemWhoseConditionsContradictItsSectionsNeverApplies() {
        Checklist checklist = checklist(section("architecture", new AppliesTo(null, null, true, null),
                item("ARC-009").appliesTo(new AppliesTo(null, null, false, null)).build()));

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().build()));

        assertThat(evaluation.results()).containsExactly(new ItemResult("ARC-009", "architecture", null,
                Severity.REQUIRED, ResultStatus.NOT_APPLICABLE,
                List.of("does not apply: the item's conditions contradict its section's"), Fixtures.ITEM_AT));
    }
}
