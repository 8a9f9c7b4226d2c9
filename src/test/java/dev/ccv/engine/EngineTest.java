package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.answer;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.auditEntry;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.external;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.missing;
import static dev.ccv.engine.Fixtures.perCaseStudy;
import static dev.ccv.engine.Fixtures.response;
import static dev.ccv.engine.Fixtures.section;
import static dev.ccv.engine.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ccv.engine.Fixtures.AssessmentBuilder;
import dev.ccv.model.Answer;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.Checklist;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Remediation;
import dev.ccv.model.Response;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.Submission;
import dev.ccv.model.Tier;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final List<String> CASE_STUDIES = List.of("cs-a", "cs-b", "cs-c");

    /** Business: tier and a count of two case studies; architecture: two per-case-study attestations. */
    private static final Checklist CHECKLIST = checklist(
            section("business",
                    item("BR-001").check("partner-tier").with("atLeast", "advanced").build(),
                    item("BR-002").check("case-study-count").with("minimum", 2L).build(),
                    item("BR-003").build()),
            section("architecture",
                    item("ARC-001").caseStudyScoped().build(),
                    item("ARC-003").caseStudyScoped().build()));

    /** Three case studies, every item answered met with evidence that resolves. */
    private static AssessmentBuilder complete() {
        return assessment()
                .caseStudies(caseStudy("cs-a").line(40).build(), caseStudy("cs-b").line(50).build(),
                        caseStudy("cs-c").line(60).build())
                .respond(response("BR-003", answer(ResponseStatus.MET, 20, local("evidence/br3.md", 21))),
                        allCaseStudiesMet("ARC-001", 70), allCaseStudiesMet("ARC-003", 80));
    }

    private static Response allCaseStudiesMet(String itemId, int line) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < CASE_STUDIES.size(); i++) {
            answers.put(CASE_STUDIES.get(i), answer(ResponseStatus.MET, line + 1 + i, local("evidence/x.png", line + 1 + i)));
        }
        return perCaseStudy(itemId, line, answers);
    }

    private Evaluation evaluate(AssessmentBuilder assessment, AuditFinding... audit) {
        return Fixtures.evaluate(submission(CHECKLIST, assessment.build(), audit));
    }

    private static ItemResult result(Evaluation evaluation, String itemId, String caseStudyId) {
        return evaluation.results().stream()
                .filter(r -> r.itemId().equals(itemId) && Objects.equals(r.caseStudyId(), caseStudyId))
                .findFirst().orElseThrow();
    }

    @Test
    void everythingMetPassesInChecklistThenCaseStudyOrder() {
        Evaluation evaluation = evaluate(complete());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.results()).extracting(r -> r.itemId() + "/" + r.caseStudyId()).containsExactly(
                "BR-001/null", "BR-002/null", "BR-003/null",
                "ARC-001/cs-a", "ARC-001/cs-b", "ARC-001/cs-c",
                "ARC-003/cs-a", "ARC-003/cs-b", "ARC-003/cs-c");
        assertThat(evaluation.results()).allMatch(r -> r.status() == ResultStatus.MET);
        assertThat(result(evaluation, "ARC-001", "cs-b").sectionId()).isEqualTo("architecture");
        assertThat(evaluation.caseStudies()).containsExactly(
                new CaseStudyStatus("cs-a", "Customer cs-a", "https://example.com/cs-a", true, true, null),
                new CaseStudyStatus("cs-b", "Customer cs-b", "https://example.com/cs-b", true, true, null),
                new CaseStudyStatus("cs-c", "Customer cs-c", "https://example.com/cs-c", true, true, null));
        assertThat(evaluation.notes()).isEmpty();
    }

    @Test
    void anUnmetRequiredItemIsAnOpenBlockingCriticalFinding() {
        Evaluation evaluation = evaluate(complete().tier(Tier.SELECT));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).containsExactly(new Finding("BR-001", null, FindingSeverity.CRITICAL,
                FindingState.OPEN, true, "partner tier is select, needs advanced or higher", null, at(5)));
    }

    @Test
    void recommendedItemsNeverBlock() {
        Checklist checklist = checklist(section("business", item("BR-010").recommended().build()));

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, assessment().build()));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.findings()).containsExactly(new Finding("BR-010", null, FindingSeverity.OBSERVATION,
                FindingState.OPEN, false, "no response", null, at(1)));
    }

    @Test
    void anAuditorMetOverridesAFailingCheck() {
        Evaluation evaluation = evaluate(complete().tier(Tier.SELECT),
                auditEntry("BR-001", null, AuditResult.MET, null));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result(evaluation, "BR-001", null).status()).isEqualTo(ResultStatus.MET);
        assertThat(result(evaluation, "BR-001", null).messages())
                .containsExactly("auditor: met (audit.yaml:9:13)", "partner tier is select, needs advanced or higher");
        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void anAuditorUnmetOverridesAPassingCheckAndKeepsTheNoteApart() {
        Evaluation evaluation = evaluate(complete(), auditEntry("ARC-001", "cs-b", AuditResult.UNMET, null));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(evaluation, "ARC-001", "cs-b").messages()).containsExactly("auditor: unmet (audit.yaml:9:13)");
        assertThat(evaluation.findings()).containsExactly(new Finding("ARC-001", "cs-b", FindingSeverity.CRITICAL,
                FindingState.OPEN, true, "auditor: unmet (audit.yaml:9:13)", noted("ARC-001"), at(72)));
    }

    @Test
    void remediatedWithoutRemediationEvidenceStaysOpen() {
        Evaluation evaluation = evaluate(complete(),
                auditEntry("ARC-001", "cs-b", AuditResult.UNMET, Remediation.REMEDIATED));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.state()).isEqualTo(FindingState.OPEN);
            assertThat(finding.blocking()).isTrue();
            assertThat(finding.message()).isEqualTo("auditor: unmet (audit.yaml:9:13); audit.yaml:11:18: marked"
                    + " remediated, but no remediationEvidence is given: the finding stays open; add"
                    + " remediationEvidence: [PATH] naming the file that shows the fix");
        });
    }

    @Test
    void remediatedWithEvidenceThatDoesNotResolveStaysOpen() {
        Evaluation evaluation = evaluate(complete(), auditEntry("ARC-001", "cs-b", AuditResult.UNMET,
                Remediation.REMEDIATED, missing("evidence/fix.png", 9), missing("evidence/fix2.png", 10)));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.state()).isEqualTo(FindingState.OPEN);
            assertThat(finding.message()).isEqualTo("auditor: unmet (audit.yaml:9:13); marked remediated, but no"
                    + " remediation evidence resolves (not found: evidence/fix.png at self-assessment.yaml:9:3,"
                    + " evidence/fix2.png at self-assessment.yaml:10:3): the finding stays open");
        });
    }

    @Test
    void remediatedWithResolvingEvidencePassesAndEachReferenceIsReportedWithItsHash() {
        Submission withLocal = submission(CHECKLIST, complete().build(), auditEntry("ARC-001", "cs-b",
                AuditResult.UNMET, Remediation.REMEDIATED, missing("evidence/old.png", 9), local("evidence/fix.png", 10)));
        Evaluation local = Fixtures.evaluate(new Submission(withLocal.checklist(), withLocal.assessment(),
                withLocal.audit(), withLocal.asOf(), withLocal.asOfSource(), withLocal.inputs(),
                Map.of("evidence/fix.png", "ab".repeat(32))));
        Evaluation external = evaluate(complete(), auditEntry("ARC-001", "cs-b", AuditResult.UNMET,
                Remediation.REMEDIATED, external("https://example.com/fix", 9)));

        assertThat(local.verdict()).isEqualTo(Verdict.PASS);
        assertThat(local.findings()).containsExactly(new Finding("ARC-001", "cs-b", FindingSeverity.CRITICAL,
                FindingState.REMEDIATED, false, "auditor: unmet (audit.yaml:9:13)", noted("ARC-001",
                        new RemediationReference("evidence/old.png", false, null),
                        new RemediationReference("evidence/fix.png", true, "ab".repeat(32))), at(72)));
        assertThat(external.verdict()).isEqualTo(Verdict.PASS);
        assertThat(external.findings()).containsExactly(new Finding("ARC-001", "cs-b", FindingSeverity.CRITICAL,
                FindingState.REMEDIATED, false, "auditor: unmet (audit.yaml:9:13)", noted("ARC-001",
                        new RemediationReference("https://example.com/fix", true, null)), at(72)));
    }

    @Test
    void anUnremediableCaseStudyFindingRemovesTheCaseStudyAndTheRecountFails() {
        AssessmentBuilder twoCaseStudies = assessment()
                .caseStudies(caseStudy("cs-a").line(40).build(), caseStudy("cs-b").line(50).build())
                .respond(response("BR-003", answer(ResponseStatus.MET, 20, local("evidence/br3.md", 21))),
                        allCaseStudiesMet("ARC-001", 70), allCaseStudiesMet("ARC-003", 80));

        Evaluation evaluation = evaluate(twoCaseStudies,
                auditEntry("ARC-001", "cs-a", AuditResult.UNMET, Remediation.UNREMEDIABLE));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.caseStudies()).extracting(CaseStudyStatus::id, CaseStudyStatus::considered,
                CaseStudyStatus::removedBecause).containsExactly(
                tuple("cs-a", false, "ARC-001 unremediable"),
                tuple("cs-b", true, null));
        assertThat(evaluation.findings()).containsExactly(
                new Finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "1 case study counts, 2 needed", null, at(1)),
                new Finding("ARC-001", "cs-a", FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE, false,
                        "auditor: unmet (audit.yaml:9:13)", noted("ARC-001"), at(71)));
        assertThat(evaluation.notes()).containsExactly("case study cs-a is removed from consideration "
                + "(ARC-001 unremediable); its other items are not evaluated and case-study counts are made without it");
    }

    @Test
    void aRemovedCaseStudysOtherItemsAreNoLongerEvaluated() {
        Evaluation evaluation = evaluate(complete(),
                auditEntry("ARC-003", "cs-b", AuditResult.UNMET, Remediation.UNREMEDIABLE));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.results()).extracting(r -> r.itemId() + "/" + r.caseStudyId()).containsExactly(
                "BR-001/null", "BR-002/null", "BR-003/null",
                "ARC-001/cs-a", "ARC-001/cs-c",
                "ARC-003/cs-a", "ARC-003/cs-b", "ARC-003/cs-c");
        assertThat(result(evaluation, "ARC-003", "cs-b").status()).isEqualTo(ResultStatus.UNMET);
        assertThat(result(evaluation, "BR-002", null).messages()).containsExactly("2 case studies count, 2 needed");
    }

    @Test
    void aPartnerScopedUnremediableFindingFails() {
        Evaluation evaluation = evaluate(complete().tier(Tier.SELECT),
                auditEntry("BR-001", null, AuditResult.UNMET, Remediation.UNREMEDIABLE));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.state()).isEqualTo(FindingState.UNREMEDIABLE);
            assertThat(finding.blocking()).isTrue();
        });
        assertThat(evaluation.caseStudies()).allMatch(CaseStudyStatus::considered);
    }

    @Test
    void anUnremediableObservationDoesNotRemoveItsCaseStudy() {
        Checklist checklist = checklist(section("docs", item("DOC-009").caseStudyScoped().recommended().build()));
        AssessmentBuilder oneCaseStudy = assessment().caseStudies(caseStudy("cs-a").line(40).build());

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, oneCaseStudy.build(),
                auditEntry("DOC-009", "cs-a", AuditResult.UNMET, Remediation.UNREMEDIABLE)));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.caseStudies()).allMatch(CaseStudyStatus::considered);
        assertThat(evaluation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.OBSERVATION);
            assertThat(finding.blocking()).isFalse();
        });
    }

    @Test
    void anInvalidChecklistIsNotEvaluated() {
        Checklist checklist = checklist(section("business", item("BR-001").check("partner-tier").build()));

        assertThatThrownBy(() -> Fixtures.evaluate(submission(checklist, assessment().build())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("checklists/test.yaml:11:5: check type `partner-tier` needs parameter `atLeast`");
    }

    private static AuditTrail noted(String itemId, RemediationReference... evidence) {
        return new AuditTrail("auditor's note on " + itemId, null, List.of(evidence));
    }

    @Test
    void aValueStillHoldingATemplatePlaceholderIsABlockingFindingAtItsLine() {
        AssessmentBuilder unfinished = assessment()
                .field("partner.name", "TODO: the partner's legal name", 3)
                .field("solution.name", "TODO: the solution's name", 9)
                .caseStudies(caseStudy("cs-a").line(40).build(),
                        caseStudy("cs-b").line(50).field("customer", "TODO: Beta Corp, check").build(),
                        caseStudy("cs-c").line(60).build())
                .respond(response("BR-003", answer(ResponseStatus.MET, 20, local("evidence/br3.md", 21))),
                        allCaseStudiesMet("ARC-001", 70), allCaseStudiesMet("ARC-003", 80));

        Evaluation evaluation = evaluate(unfinished);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).containsExactly(
                new Finding("TEMPLATE-PLACEHOLDER", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "unfinished: `partner.name` on line 3 still holds the ccv init template's placeholder;"
                                + " write the partner's legal name; unfinished: `solution.name` on line 9 still holds"
                                + " the ccv init template's placeholder; write the solution's name", null, at(3)),
                new Finding("TEMPLATE-PLACEHOLDER", "cs-b", FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "unfinished: `customer` of case study cs-b on line 51 still holds the ccv init template's"
                                + " placeholder; write the real value", AuditTrail.NONE, at(51)));
        assertThat(result(evaluation, "TEMPLATE-PLACEHOLDER", "cs-b").sectionId()).isEqualTo("self-assessment");
    }

    @Test
    void aCaseStudysMissingEvidenceFileThatNoItemChecksIsANoteAtItsLine() {
        AssessmentBuilder withMissingFile = assessment()
                .caseStudies(caseStudy("cs-a").line(40).evidence(missing("evidence/a/architecture.pdf", 48)).build(),
                        caseStudy("cs-b").line(50).build(), caseStudy("cs-c").line(60).build())
                .respond(response("BR-003", answer(ResponseStatus.MET, 20, local("evidence/br3.md", 21))),
                        allCaseStudiesMet("ARC-001", 70), allCaseStudiesMet("ARC-003", 80));

        Evaluation evaluation = evaluate(withMissingFile);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.notes()).containsExactly(
                "self-assessment.yaml:48:3: case study cs-a: evidence not found: evidence/a/architecture.pdf");
    }

    @Test
    void aCaseStudysMissingEvidenceFileMakesTheItemThatChecksItUnmetWithoutANote() {
        Checklist checklist = checklist(section("case-studies", item("CS-001").caseStudyScoped()
                .check("case-study-fields").with("required", List.of("evidence")).build()));
        AssessmentBuilder withMissingFile = assessment().caseStudies(
                caseStudy("cs-a").line(40).evidence(missing("evidence/a/architecture.pdf", 48)).build());

        Evaluation evaluation = Fixtures.evaluate(submission(checklist, withMissingFile.build()));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(evaluation.findings()).containsExactly(new Finding("CS-001", "cs-a", FindingSeverity.CRITICAL,
                FindingState.OPEN, true, "case study cs-a: evidence not found: evidence/a/architecture.pdf", null,
                at(48)));
        assertThat(evaluation.notes()).isEmpty();
    }
}
