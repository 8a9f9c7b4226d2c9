package dev.ccv.report;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.Auditor;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputFile;
import dev.ccv.model.Item;
import dev.ccv.model.Offering;
import dev.ccv.model.Publication;
import dev.ccv.model.Scope;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Validity;
import dev.ccv.model.result.AuditMetadata;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built reports that every reporter test renders: a pass, a fail with every finding state, and hostile text. */
final class SampleReports {

    static final String SA = "self-assessment.yaml";
    static final String HOSTILE_CUSTOMER = "Evil <script>alert(1)</script> ]]> & Co \"quoted\"";

    private SampleReports() {
    }

    static Checklist checklist() {
        Item tier = item("BR-001", "Partner is at the Advanced tier or higher", Severity.REQUIRED, Scope.PARTNER, 10);
        Item count = item("BR-002", "At least 2 case studies, 1 of them public", Severity.REQUIRED, Scope.PARTNER, 16);
        Item blog = item("BR-003", "Thought leadership in the last 12 months", Severity.RECOMMENDED, Scope.PARTNER, 22);
        Item mfa = item("ARC-001", "Root user has MFA", Severity.REQUIRED, Scope.CASE_STUDY, 32);
        Item keys = item("ARC-002", "No root access keys", Severity.REQUIRED, Scope.CASE_STUDY, 38);
        return new Checklist("sample-competency", "Sample Competency Validation Checklist", "2025.1",
                List.of(), List.of(),
                List.of(new Section("business", "AWS Business Requirements Validation", AppliesTo.ALWAYS,
                                List.of(tier, count, blog), pos("checklists/sample-competency.yaml", 7)),
                        new Section("architecture-baseline", "Architecture Baseline Review", AppliesTo.ALWAYS,
                                List.of(mfa, keys), pos("checklists/sample-competency.yaml", 29))),
                "built-in", pos("checklists/sample-competency.yaml", 1));
    }

    /** A passing pre-check: everything met except a recommended item. */
    static Report passing() {
        List<ItemResult> results = List.of(
                result("BR-001", "business", null, Severity.REQUIRED, ResultStatus.MET, List.of(), 5),
                result("BR-002", "business", null, Severity.REQUIRED, ResultStatus.MET, List.of(), 1),
                result("BR-003", "business", null, Severity.RECOMMENDED, ResultStatus.UNMET, List.of("no response"), 1),
                result("ARC-001", "architecture-baseline", "cs-globex", Severity.REQUIRED, ResultStatus.MET, List.of(), 40),
                result("ARC-001", "architecture-baseline", "cs-initech", Severity.REQUIRED, ResultStatus.MET, List.of(), 42),
                result("ARC-002", "architecture-baseline", "cs-globex", Severity.REQUIRED, ResultStatus.MET, List.of(), 45),
                result("ARC-002", "architecture-baseline", "cs-initech", Severity.REQUIRED, ResultStatus.NOT_APPLICABLE,
                        List.of("does not apply: case study is not public"), 47));
        List<Finding> findings = List.of(
                new Finding("BR-003", null, FindingSeverity.OBSERVATION, FindingState.OPEN, false, "no response", null, pos(SA, 1)));
        Evaluation evaluation = new Evaluation(Verdict.PASS, caseStudies(true), results, findings, List.of());
        return report(Mode.PRE_CHECK, evaluation, new Summary(5, 3, 1, 1, 0, 0, 0, 1), Integrity.UNSEALED);
    }

    /** A failing audit: one open, one remediated, one unremediable finding that removed a case study. */
    static Report failing() {
        List<ItemResult> results = List.of(
                result("BR-001", "business", null, Severity.REQUIRED, ResultStatus.MET, List.of(), 5),
                result("BR-002", "business", null, Severity.REQUIRED, ResultStatus.UNMET,
                        List.of("1 case study counts, 2 needed"), 1),
                result("BR-003", "business", null, Severity.RECOMMENDED, ResultStatus.MET, List.of(), 20),
                result("ARC-001", "architecture-baseline", "cs-globex", Severity.REQUIRED, ResultStatus.UNMET,
                        List.of("auditor: unmet"), 40),
                result("ARC-001", "architecture-baseline", "cs-initech", Severity.REQUIRED, ResultStatus.UNMET,
                        List.of("auditor: unmet"), 42),
                result("ARC-002", "architecture-baseline", "cs-globex", Severity.REQUIRED, ResultStatus.MET, List.of(), 45));
        List<Finding> findings = List.of(
                new Finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "1 case study counts, 2 needed", null, pos(SA, 1)),
                new Finding("ARC-001", "cs-globex", FindingSeverity.CRITICAL, FindingState.REMEDIATED, false,
                        "auditor: unmet", new AuditTrail("Root MFA was missing; enabled on 2025-06-03",
                                LocalDate.of(2025, 6, 3), List.of(
                                        new RemediationReference("evidence/remediation/globex-root-mfa.png", true,
                                                "c3".repeat(32)),
                                        new RemediationReference("https://acme.example/mfa-change", true, null),
                                        new RemediationReference("evidence/remediation/missing.png", false, null))),
                        pos(SA, 40)),
                new Finding("ARC-001", "cs-initech", FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE, false,
                        "auditor: unmet", note("Customer account closed; MFA cannot be shown"), pos(SA, 42)));
        List<CaseStudyStatus> caseStudies = List.of(
                new CaseStudyStatus("cs-globex", "Globex Corporation", "https://acme.example/cs/globex", true, true, null),
                new CaseStudyStatus("cs-initech", HOSTILE_CUSTOMER, "https://initech.example/private", false, false,
                        "ARC-001 unremediable"));
        Evaluation evaluation = new Evaluation(Verdict.FAIL, caseStudies, results, findings,
                List.of("Case study cs-initech was removed from consideration: ARC-001 cannot be remediated."));
        Integrity integrity = new Integrity(true, 4, List.of(
                new IntegrityProblem("evidence/globex/root-mfa.png", "SHA-256 does not match the manifest")));
        return report(Mode.AUDIT, evaluation, new Summary(5, 2, 2, 0, 1, 1, 1, 0), integrity);
    }

    static final String VERSION_WARNING =
            "self-assessment.yaml:2:19: written for checklist version 2024.2; this is version 2025.1";

    /** The passing pre-check, written for an older version of the checklist. */
    static Report withChecklistVersionWarning() {
        Report passing = passing();
        return new Report(passing.toolVersion(), passing.mode(), passing.asOf(), passing.asOfSource(), passing.audit(), passing.checklist(),
                VERSION_WARNING, passing.applicantName(), passing.evaluation(), passing.summary(),
                passing.inputs(), passing.integrity(), passing.redacted());
    }

    static final String SOURCE = "https://apn-checklists.s3.amazonaws.com/competency/sample/consulting/sample.html";

    /** The passing pre-check against a checklist that names its public source, validity and one assumed item. */
    static Report withPublication() {
        Report passing = passing();
        Checklist plain = passing.checklist();
        List<Section> sections = new ArrayList<>(plain.sections());
        Section business = sections.get(0);
        List<Item> items = new ArrayList<>(business.items());
        Item blog = items.get(2);
        items.set(2, new Item(blog.id(), blog.title(), "Assumption: no public checklist gives a number.",
                blog.severity(), blog.scope(), blog.appliesTo(), blog.allowNotApplicable(), blog.check(),
                null, true, blog.position()));
        sections.set(0, new Section(business.id(), business.title(), business.appliesTo(), items, business.position()));
        Checklist checklist = new Checklist(plain.id(), plain.title(), plain.version(), plain.solutionCategories(),
                plain.deploymentTypes(), sections, plain.source(), new Publication(SOURCE, Offering.SERVICES,
                        new Validity(LocalDate.of(2025, 8, 29), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 31),
                                pos("checklists/sample-competency.yaml", 5))), plain.position());
        return new Report(passing.toolVersion(), passing.mode(), passing.asOf(), passing.asOfSource(), passing.audit(), checklist,
                passing.checklistVersionWarning(), passing.applicantName(), passing.evaluation(), passing.summary(),
                passing.inputs(), passing.integrity(), passing.redacted());
    }

    /** The failing audit with one case study's customer name replaced. */
    static Report withCustomer(String caseStudyId, String customer) {
        Report failing = failing();
        Evaluation evaluation = failing.evaluation();
        List<CaseStudyStatus> caseStudies = evaluation.caseStudies().stream()
                .map(c -> !c.id().equals(caseStudyId) ? c
                        : new CaseStudyStatus(c.id(), customer, c.url(), c.isPublic(), c.considered(), c.removedBecause()))
                .toList();
        return new Report(failing.toolVersion(), failing.mode(), failing.asOf(), failing.asOfSource(), failing.audit(), failing.checklist(),
                failing.checklistVersionWarning(), failing.applicantName(),
                new Evaluation(evaluation.verdict(), caseStudies, evaluation.results(), evaluation.findings(),
                        evaluation.notes()),
                failing.summary(), failing.inputs(), failing.integrity(), failing.redacted());
    }

    /**
     * The failing audit with hostile text wherever user text reaches a report: partner name,
     * messages, auditor note, note, integrity problem and an input path.
     */
    static Report hostile() {
        Report failing = failing();
        List<ItemResult> results = failing.evaluation().results().stream()
                .map(r -> new ItemResult(r.itemId(), r.sectionId(), r.caseStudyId(), r.severity(), r.status(),
                        r.messages().stream().map(m -> m + " " + HOSTILE_CUSTOMER).toList(), r.location()))
                .toList();
        List<Finding> findings = failing.evaluation().findings().stream()
                .map(f -> new Finding(f.itemId(), f.caseStudyId(), f.severity(), f.state(), f.blocking(),
                        f.message() + " " + HOSTILE_CUSTOMER, new AuditTrail(HOSTILE_CUSTOMER, null,
                                List.of(new RemediationReference("evidence/" + HOSTILE_CUSTOMER, true, "0f".repeat(32)))),
                        f.location()))
                .toList();
        Evaluation evaluation = new Evaluation(Verdict.FAIL, failing.evaluation().caseStudies(), results, findings,
                List.of(HOSTILE_CUSTOMER));
        Integrity integrity = new Integrity(true, 4,
                List.of(new IntegrityProblem("evidence/<b>x</b>.png", HOSTILE_CUSTOMER)));
        return new Report("0.1.0", Mode.AUDIT, LocalDate.of(2025, 6, 2), AsOfSource.AUDIT,
                new AuditMetadata(HOSTILE_CUSTOMER, List.of(new Auditor(HOSTILE_CUSTOMER, HOSTILE_CUSTOMER, null)),
                        LocalDate.of(2025, 6, 2)),
                checklist(), HOSTILE_CUSTOMER,
                HOSTILE_CUSTOMER, evaluation, failing.summary(),
                List.of(new InputFile("evidence/" + HOSTILE_CUSTOMER + ".pdf", "0f".repeat(32))), integrity, false);
    }

    private static List<CaseStudyStatus> caseStudies(boolean considered) {
        return List.of(
                new CaseStudyStatus("cs-globex", "Globex Corporation", "https://acme.example/cs/globex", true, considered, null),
                new CaseStudyStatus("cs-initech", HOSTILE_CUSTOMER, "https://initech.example/private", false, considered, null));
    }

    private static Report report(Mode mode, Evaluation evaluation, Summary summary, Integrity integrity) {
        AuditMetadata audit = mode == Mode.PRE_CHECK ? null : new AuditMetadata("Example Assurance LLP",
                List.of(new Auditor("Jane Roe", "lead auditor", null), new Auditor("Sam Poe", null, null)),
                LocalDate.of(2025, 6, 2));
        return new Report("0.1.0", mode, LocalDate.of(2025, 6, 2),
                mode == Mode.PRE_CHECK ? AsOfSource.APPLICATION : AsOfSource.AUDIT, audit, checklist(), null,
                "Acme Cloud Consulting",
                evaluation, summary,
                List.of(new InputFile(SA, "0f".repeat(32)), new InputFile("audit.yaml", "a1".repeat(32))),
                integrity, false);
    }

    private static AuditTrail note(String note) {
        return new AuditTrail(note, null, List.of());
    }

    private static Item item(String id, String title, Severity severity, Scope scope, int line) {
        SourcePosition position = pos("checklists/sample-competency.yaml", line);
        return new Item(id, title, "What " + id + " asks for.", severity, scope, AppliesTo.ALWAYS, false,
                CheckSpec.defaultFor(position), position);
    }

    private static ItemResult result(String item, String section, String caseStudy, Severity severity,
                                     ResultStatus status, List<String> messages, int line) {
        return new ItemResult(item, section, caseStudy, severity, status, messages, pos(SA, line));
    }

    private static SourcePosition pos(String file, int line) {
        return new SourcePosition(file, line, 3);
    }
}
