package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.answer;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.perCaseStudy;
import static dev.ccv.engine.Fixtures.response;
import static dev.ccv.engine.Fixtures.section;
import static dev.ccv.engine.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Checklist;
import dev.ccv.model.Remediation;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The architecture baseline applies to a partner who operates an AWS environment "as part of the
 * solution or a case study": case-study items test the case study's own flag (the solution's by
 * default), partner items hold when the solution or any case study under consideration operates one.
 */
class OperatesAwsEnvironmentTest {

    private static final AppliesTo OPERATED = new AppliesTo(null, null, true, null);
    private static final AppliesTo NOT_OPERATED = new AppliesTo(null, null, false, null);

    private static Checklist baseline() {
        return checklist(section("architecture", OPERATED,
                item("ARC-003").caseStudyScoped().build(),
                item("ARC-005").build()));
    }

    private static List<String> statuses(Evaluation evaluation) {
        return evaluation.results().stream()
                .map(r -> r.itemId() + (r.caseStudyId() == null ? "" : "/" + r.caseStudyId()) + " " + r.status().jsonName())
                .toList();
    }

    @Test
    void aCaseStudyDefaultsToTheSolutionsValue() {
        CaseStudy a = caseStudy("cs-a").build();
        Evaluation evaluation = Fixtures.evaluate(submission(baseline(), assessment().operatesAwsEnvironment(false)
                .caseStudies(a).build()));

        assertThat(statuses(evaluation)).containsExactly("ARC-003/cs-a not-applicable", "ARC-005 not-applicable");
    }

    @Test
    void aCaseStudyThatOperatesAnEnvironmentBringsTheBaselineForItselfAndThePartner() {
        CaseStudy operated = caseStudy("cs-a").operatesAwsEnvironment(true).line(40).build();
        CaseStudy advisory = caseStudy("cs-b").line(60).build();
        Evaluation evaluation = Fixtures.evaluate(submission(baseline(), assessment().operatesAwsEnvironment(false)
                .caseStudies(operated, advisory)
                .respond(perCaseStudy("ARC-003", 20, Map.of("cs-a", answer(ResponseStatus.MET, 21, local("m.md", 22)))),
                        response("ARC-005", answer(ResponseStatus.MET, 25, local("p.md", 26))))
                .build()));

        assertThat(statuses(evaluation)).containsExactly(
                "ARC-003/cs-a met", "ARC-003/cs-b not-applicable", "ARC-005 met");
        ItemResult skipped = evaluation.results().get(1);
        // cs-b says nothing, so the solution's value holds for it, and the solution's line is the one to change
        assertThat(skipped.messages()).containsExactly("does not apply: the solution does not operate an AWS environment");
        assertThat(skipped.location()).isEqualTo(at(8));
    }

    @Test
    void aCaseStudyMaySayItDoesNotOperateWhenTheSolutionDoes() {
        CaseStudy advisory = caseStudy("cs-b").operatesAwsEnvironment(false).line(60).build();
        Checklist checklist = checklist(section("advisory", NOT_OPERATED, item("ADV-001").caseStudyScoped().build()),
                section("architecture", OPERATED, item("ARC-005").build()));
        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().caseStudies(advisory)
                .respond(perCaseStudy("ADV-001", 20, Map.of("cs-b", answer(ResponseStatus.MET, 21, local("a.md", 22)))),
                        response("ARC-005", answer(ResponseStatus.MET, 25, local("p.md", 26))))
                .build()));

        assertThat(statuses(evaluation)).containsExactly("ADV-001/cs-b met", "ARC-005 met");
        Evaluation advisoryOnly = Fixtures.evaluate(submission(checklist(section("architecture", OPERATED,
                item("ARC-003").caseStudyScoped().build())), assessment().caseStudies(advisory).build()));
        assertThat(advisoryOnly.results()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(ResultStatus.NOT_APPLICABLE);
            assertThat(result.messages()).containsExactly("does not apply: case study cs-b does not operate an AWS"
                    + " environment");
            assertThat(result.location()).isEqualTo(at(60));
        });
    }

    @Test
    void aPartnerItemForPartnersWithoutAnEnvironmentDoesNotApplyWhenACaseStudyOperatesOne() {
        CaseStudy operated = caseStudy("cs-a").operatesAwsEnvironment(true).line(40).build();
        Checklist checklist = checklist(section("advisory", NOT_OPERATED, item("ADV-002").build()));
        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().operatesAwsEnvironment(false)
                .caseStudies(operated).build()));

        assertThat(evaluation.results()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(ResultStatus.NOT_APPLICABLE);
            assertThat(result.messages()).containsExactly("does not apply: case study cs-a operates an AWS environment");
            assertThat(result.location()).isEqualTo(at(40));
        });
    }

    @Test
    void withNoCaseStudySayingOtherwiseThePartnerItemBlamesTheSolution() {
        Checklist checklist = checklist(section("architecture", OPERATED, item("ARC-005").build()));
        Evaluation silent = Fixtures.evaluate(submission(checklist, assessment().operatesAwsEnvironment(false)
                .caseStudies(caseStudy("cs-a").build()).build()));
        Evaluation advisory = Fixtures.evaluate(submission(checklist, assessment().operatesAwsEnvironment(false)
                .caseStudies(caseStudy("cs-a").operatesAwsEnvironment(false).build()).build()));

        assertThat(silent.results().get(0).messages())
                .containsExactly("does not apply: the solution does not operate an AWS environment");
        assertThat(advisory.results().get(0).messages()).containsExactly("does not apply: neither the solution nor"
                + " any case study under consideration operates an AWS environment");
    }

    @Test
    void aRemovedCaseStudyNoLongerBringsThePartnerBaseline() {
        CaseStudy operated = caseStudy("cs-a").operatesAwsEnvironment(true).build();
        Checklist checklist = checklist(section("delivery", item("DEL-001").caseStudyScoped().build()),
                section("architecture", OPERATED, item("ARC-005").build()));
        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().operatesAwsEnvironment(false)
                .caseStudies(operated).build(),
                Fixtures.auditEntry("DEL-001", "cs-a", AuditResult.UNMET, Remediation.UNREMEDIABLE)));

        assertThat(statuses(evaluation)).containsExactly("DEL-001/cs-a unmet", "ARC-005 not-applicable");
    }
}
