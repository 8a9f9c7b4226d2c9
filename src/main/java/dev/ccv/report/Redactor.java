package dev.ccv.report;

import dev.ccv.model.InputFile;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Submission;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.PartnerAnswer;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a report fit for a public copy ({@code --redact}). The N-th non-public case study (in file
 * order) becomes {@code non-public-N}, named "Non-public case study N", without its URL; its id,
 * customer, URL, free text and the paths of every piece of its evidence (its own, its answers' and
 * the auditor's remediation evidence) are replaced wherever they appear in the report's text, in
 * any letter case: results, findings, messages, locations, removal reasons, integrity problems and
 * file names. All notes, the run's and the auditor's, are dropped. Public case studies are left as
 * they are. Since every format is written from the redacted model, nothing redacted reaches any of
 * them, SARIF fingerprints and HTML attributes included. An individual's email and certification
 * validation numbers are dropped, and any mention of them becomes "[personal data removed]".
 */
public final class Redactor {

    public Report redact(Report report, Submission submission) {
        NonPublicCaseStudies hidden = NonPublicCaseStudies.of(submission)
                .replacing(PersonalData.of(report.applicant()), PersonalData.PLACEHOLDER);
        Scrubber scrub = hidden.scrubber();
        Evaluation evaluation = report.evaluation();
        List<ItemResult> results = new ArrayList<>();
        for (ItemResult r : evaluation.results()) {
            results.add(new ItemResult(r.itemId(), r.sectionId(), hidden.id(r.caseStudyId()), r.severity(), r.status(),
                    scrub.texts(r.messages()), position(r.location(), scrub)));
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : evaluation.findings()) {
            findings.add(new Finding(f.itemId(), hidden.id(f.caseStudyId()), f.severity(), f.state(), f.blocking(),
                    scrub.text(f.message()), trail(f.audit(), scrub), position(f.location(), scrub)));
        }
        Evaluation redacted = new Evaluation(evaluation.verdict(), caseStudies(evaluation.caseStudies(), hidden, scrub),
                results, findings, List.of(), evaluation.failOn());
        List<InputFile> inputs = new ArrayList<>();
        for (InputFile input : report.inputs()) {
            inputs.add(new InputFile(scrub.text(input.path()), input.sha256()));
        }
        return new Report(report.toolVersion(), report.mode(), report.asOf(), report.asOfSource(), report.audit(),
                report.checklist(), scrub.text(report.checklistVersionWarning()), PersonalData.drop(report.applicant()),
                redacted, report.summary(), inputs, integrity(report.integrity(), scrub), true,
                answers(report.answers(), hidden, scrub));
    }

    /** The partner's answers without their notes, evidence paths scrubbed. */
    private static List<PartnerAnswer> answers(List<PartnerAnswer> answers, NonPublicCaseStudies hidden,
                                               Scrubber scrub) {
        List<PartnerAnswer> redacted = new ArrayList<>();
        for (PartnerAnswer a : answers) {
            redacted.add(new PartnerAnswer(a.itemId(), hidden.id(a.caseStudyId()), a.status(),
                    scrub.texts(a.evidence()), null, a.options()));
        }
        return redacted;
    }

    private static List<CaseStudyStatus> caseStudies(List<CaseStudyStatus> caseStudies, NonPublicCaseStudies hidden,
                                                     Scrubber scrub) {
        List<CaseStudyStatus> redacted = new ArrayList<>();
        for (CaseStudyStatus c : caseStudies) {
            String because = scrub.text(c.removedBecause());
            redacted.add(c.isPublic()
                    ? new CaseStudyStatus(c.id(), c.customer(), c.url(), true, c.considered(), because)
                    : new CaseStudyStatus(hidden.id(c.id()), hidden.name(c.id(), scrub.text(c.customer())), null, false,
                            c.considered(), because));
        }
        return redacted;
    }

    /** The auditor's note goes with the other notes; the remediation date and the evidence's hashes stay. */
    private static AuditTrail trail(AuditTrail trail, Scrubber scrub) {
        List<RemediationReference> references = new ArrayList<>();
        for (RemediationReference reference : trail.remediationEvidence()) {
            references.add(new RemediationReference(scrub.text(reference.ref()), reference.resolved(),
                    reference.sha256()));
        }
        return new AuditTrail(null, trail.remediatedOn(), references);
    }

    private static Integrity integrity(Integrity integrity, Scrubber scrub) {
        List<SealLayer> layers = new ArrayList<>();
        for (SealLayer layer : integrity.layers()) {
            List<IntegrityProblem> problems = new ArrayList<>();
            for (IntegrityProblem problem : layer.problems()) {
                problems.add(new IntegrityProblem(scrub.text(problem.path()), scrub.text(problem.problem())));
            }
            layers.add(new SealLayer(layer.owner(), layer.manifest(), layer.sealed(), layer.filesVerified(), problems));
        }
        return new Integrity(layers);
    }

    private static SourcePosition position(SourcePosition position, Scrubber scrub) {
        return position == null ? null : new SourcePosition(scrub.text(position.file()), position.line(),
                position.column());
    }
}
