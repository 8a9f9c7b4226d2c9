package dev.ccv.engine;

import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.Submission;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a submission by the verdict rules (README, "The verdict"): each applicable item per scope, the auditor's
 * word over the check's, findings and their remediation, removal of case studies with an
 * unremediable finding (then a recount, until nothing more is removed), and the verdict.
 */
public final class Engine {

    /** One evaluated item (for one case study): its result and, when unmet, its finding. */
    private record Evaluated(ItemResult result, Finding finding) {

        boolean removesCaseStudy() {
            return finding != null && finding.caseStudyId() != null
                    && finding.severity() == FindingSeverity.CRITICAL && finding.state() == FindingState.UNREMEDIABLE;
        }
    }

    /** Evaluates with these checks, by item id, as the check-type registry compiles them from the checklist. */
    public Evaluation evaluate(Submission submission, Map<String, Check> checks) {
        AuditContradictions.check(submission);

        // case-study id -> item ids whose unremediable finding removed it; kept evaluations explain why
        Map<String, List<String>> removed = new LinkedHashMap<>();
        Map<String, Evaluated> kept = new LinkedHashMap<>();
        AuditEntries entries = new AuditEntries(submission.audit());
        List<Evaluated> round;
        List<Evaluated> removing;
        do {
            round = evaluateRound(submission, entries, checks, removed, kept);
            removing = new ArrayList<>();
            for (Evaluated evaluated : round) {
                if (evaluated.removesCaseStudy() && !removed.containsKey(evaluated.result().caseStudyId())) {
                    removing.add(evaluated);
                }
            }
            for (Evaluated evaluated : removing) {
                kept.put(key(evaluated.result().itemId(), evaluated.result().caseStudyId()), evaluated);
                removed.computeIfAbsent(evaluated.result().caseStudyId(), id -> new ArrayList<>())
                        .add(evaluated.result().itemId());
            }
        } while (!removing.isEmpty());
        return conclude(submission, round, removed);
    }

    private static Evaluation conclude(Submission submission, List<Evaluated> round, Map<String, List<String>> removed) {
        List<ItemResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        Optional<Finding> outOfValidity = ValidityRule.finding(submission);
        if (outOfValidity.isPresent()) {
            findings.add(outOfValidity.get());
            verdict = Verdict.FAIL;
        }
        List<Evaluated> all = new ArrayList<>(round);
        for (ItemResult unfinished : UnfinishedValues.find(submission.assessment())) {
            all.add(new Evaluated(unfinished, UnfinishedValues.finding(unfinished)));
        }
        for (Evaluated evaluated : all) {
            results.add(evaluated.result());
            if (evaluated.finding() != null) {
                findings.add(evaluated.finding());
                if (evaluated.finding().blocking()) {
                    verdict = Verdict.FAIL;
                }
            }
        }
        List<CaseStudyStatus> caseStudies = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ValidityRule.note(submission).ifPresent(notes::add);
        for (CaseStudy caseStudy : submission.assessment().caseStudies()) {
            String because = removed.containsKey(caseStudy.id())
                    ? String.join(", ", removed.get(caseStudy.id())) + " unremediable" : null;
            caseStudies.add(new CaseStudyStatus(caseStudy.id(), caseStudy.customer(), caseStudy.url(),
                    caseStudy.isPublic(), because == null, because));
            if (because != null) {
                notes.add("case study " + caseStudy.id() + " is removed from consideration (" + because
                        + "); its other items are not evaluated and case-study counts are made without it");
            }
        }
        CaseStudyEvidence.addNotes(submission.assessment().caseStudies(), caseStudies, results, notes);
        return new Evaluation(verdict, caseStudies, results, findings, notes, submission.failOn());
    }

    /** Every item in checklist order, each case study in self-assessment order; removed ones keep only their cause. */
    private static List<Evaluated> evaluateRound(Submission submission, AuditEntries entries, Map<String, Check> checks,
                                                 Map<String, List<String>> removed, Map<String, Evaluated> kept) {
        // List.copyOf once: CheckContext copies any other list, which made each evaluation O(case studies)
        List<CaseStudy> remaining = new ArrayList<>();
        for (CaseStudy caseStudy : submission.assessment().caseStudies()) {
            if (!removed.containsKey(caseStudy.id())) {
                remaining.add(caseStudy);
            }
        }
        List<CaseStudy> considered = List.copyOf(remaining);
        List<Evaluated> round = new ArrayList<>();
        for (Section section : submission.checklist().sections()) {
            for (Item item : section.items()) {
                if (!item.isCaseStudyScoped()) {
                    round.add(evaluateOne(submission, entries, section, item, checks.get(item.id()), null, considered));
                    continue;
                }
                for (CaseStudy caseStudy : submission.assessment().caseStudies()) {
                    if (!removed.containsKey(caseStudy.id())) {
                        round.add(evaluateOne(submission, entries, section, item, checks.get(item.id()), caseStudy,
                                considered));
                    } else if (kept.containsKey(key(item.id(), caseStudy.id()))) {
                        round.add(kept.get(key(item.id(), caseStudy.id())));
                    }
                }
            }
        }
        return round;
    }

    private static Evaluated evaluateOne(Submission submission, AuditEntries entries, Section section, Item item,
                                         Check check, CaseStudy caseStudy, List<CaseStudy> considered) {
        String caseStudyId = caseStudy == null ? null : caseStudy.id();
        Optional<AuditFinding> entry = entries.find(item.id(), caseStudyId);
        Optional<CheckOutcome> notApplicable =
                Applicability.whyNot(section, item, submission.assessment(), caseStudy, considered);
        if (notApplicable.isPresent()) {
            List<String> messages = new ArrayList<>(notApplicable.get().messages());
            if (entry.isPresent()) {
                // an auditor's unmet here was refused before evaluating (AuditContradictions)
                messages.add("auditor: met (" + entry.get().positionOf("result") + ") noted; the item does not apply");
            }
            return new Evaluated(result(section, item, caseStudyId, ResultStatus.NOT_APPLICABLE, messages,
                    notApplicable.get()), null);
        }
        CheckOutcome outcome = check.evaluate(new CheckContext(item, submission.assessment(), caseStudy,
                considered, submission.asOf()));
        ResultStatus status = outcome.status();
        List<String> messages = new ArrayList<>(outcome.messages());
        if (entry.isPresent() && entry.get().result() != null) {
            // the auditor's word replaces the check's; the check's messages stay to show what it saw
            status = entry.get().result() == AuditResult.MET ? ResultStatus.MET : ResultStatus.UNMET;
            messages.add(0, "auditor: " + (entry.get().result() == AuditResult.MET ? "met" : "unmet") + " ("
                    + entry.get().positionOf("result") + ")");
        }
        ItemResult result = result(section, item, caseStudyId, status, messages, outcome);
        return new Evaluated(result, status == ResultStatus.UNMET ? FindingRule.of(result, entry, submission.evidenceDigests(), submission.failOn()) : null);
    }

    private static ItemResult result(Section section, Item item, String caseStudyId, ResultStatus status,
                                     List<String> messages, CheckOutcome outcome) {
        return new ItemResult(item.id(), section.id(), caseStudyId, item.severity(), status, messages,
                outcome.location());
    }

    private static String key(String itemId, String caseStudyId) {
        return itemId + "\n" + caseStudyId;
    }
}
