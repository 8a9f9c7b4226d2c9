package dev.ccv.engine;

import dev.ccv.model.Answer;
import dev.ccv.model.Checklist;
import dev.ccv.model.Evidence;
import dev.ccv.model.Located;
import dev.ccv.model.Response;
import dev.ccv.model.Submission;
import dev.ccv.model.result.AuditMetadata;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.PartnerAnswer;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts a submission and its evaluation together into the one report model every format is written from. */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    /** An unredacted report; redaction is applied afterwards by whoever writes a public copy. */
    public static Report assemble(Submission submission, Evaluation evaluation, String toolVersion,
                                  Integrity integrity) {
        Checklist checklist = submission.checklist();
        return new Report(toolVersion,
                submission.audit().isPresent() ? Mode.AUDIT : Mode.PRE_CHECK,
                submission.asOf(),
                submission.asOfSource(),
                submission.audit().map(a -> new AuditMetadata(a.auditor(), a.auditors(), a.date())).orElse(null),
                checklist,
                checklistVersionWarning(submission),
                ApplicantProfiles.of(submission),
                evaluation,
                SummaryCounter.count(evaluation, checklist),
                submission.inputs(),
                integrity,
                false,
                answers(submission));
    }

    /** The partner's answers, item by item in file order, then case study by case study. */
    static List<PartnerAnswer> answers(Submission submission) {
        List<PartnerAnswer> answers = new ArrayList<>();
        for (Response response : submission.assessment().responses().values()) {
            if (response.answer() != null) {
                answers.add(answer(response.itemId(), null, response.answer()));
            }
            for (Map.Entry<String, Answer> perCaseStudy : response.caseStudies().entrySet()) {
                answers.add(answer(response.itemId(), perCaseStudy.getKey(), perCaseStudy.getValue()));
            }
        }
        return answers;
    }

    private static PartnerAnswer answer(String itemId, String caseStudyId, Answer answer) {
        List<String> evidence = new ArrayList<>();
        for (Evidence reference : answer.evidence()) {
            evidence.add(reference.reference());
        }
        List<String> options = new ArrayList<>();
        for (Located<String> option : answer.options()) {
            options.add(option.value());
        }
        return new PartnerAnswer(itemId, caseStudyId, answer.status() == null ? "" : answer.status().yamlName(),
                evidence, answer.notes(), options);
    }

    /** A sentence naming both versions when the self-assessment was written for another one, else null. */
    static String checklistVersionWarning(Submission submission) {
        String written = submission.assessment().checklistVersion();
        Checklist checklist = submission.checklist();
        if (written == null || written.isBlank() || written.equals(checklist.version())) {
            return null;
        }
        return "The self-assessment was written for version " + written + " of checklist " + checklist.id()
                + ", but version " + checklist.version() + " was used.";
    }
}
