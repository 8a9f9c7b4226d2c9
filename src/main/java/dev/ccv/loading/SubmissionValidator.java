package dev.ccv.loading;

import dev.ccv.model.Answer;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Response;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that need the checklist, the self-assessment and the audit record together: every
 * answer and finding must name an item and case study that exist, in the form the item's scope asks for.
 */
public final class SubmissionValidator {

    /** What the ids of ccv's own items start with (those the published requirements give no id). */
    private static final String OWN_ID_PREFIX = "CCV";

    private SubmissionValidator() {
    }

    /** Throws {@link dev.ccv.model.InvalidInputException} with every error found. */
    public static void validate(Checklist checklist, SelfAssessment assessment, Optional<Audit> audit) {
        Problems problems = new Problems();
        Set<String> caseStudyIds = new HashSet<>();
        for (CaseStudy caseStudy : assessment.caseStudies()) {
            caseStudyIds.add(caseStudy.id());
        }
        new SubmissionValidator.Run(checklist, assessment, caseStudyIds, problems).validate(audit);
        problems.throwIfAny();
    }

    /** {@code caseStudyIds} is there so that checking each of many answers is not a scan of the case studies. */
    private record Run(Checklist checklist, SelfAssessment assessment, Set<String> caseStudyIds, Problems problems) {

        void validate(Optional<Audit> audit) {
            checkChecklistId();
            if (checklist.subject() != assessment.subject()) {
                problems.add(assessment.position(), "this self-assessment is written for "
                        + assessment.subject().checklistPhrase() + ", but checklist `" + checklist.id() + "` is "
                        + checklist.subject().checklistPhrase() + "; `ccv init " + checklist.id()
                        + "` writes one of the right kind");
                return;
            }
            if (checklist.subject() == Subject.PARTNER) {
                checkSolution("category", "solutionCategories", checklist.solutionCategories(),
                        assessment.solution().category());
                checkSolution("deploymentType", "deploymentTypes", checklist.deploymentTypes(),
                        assessment.solution().deploymentType());
            }
            for (Response response : assessment.responses().values()) {
                checkResponse(response);
            }
            if (audit.isPresent()) {
                checkAudit(audit.get());
            }
        }

        private void checkChecklistId() {
            if (!checklist.id().equals(assessment.checklistId())) {
                problems.add(fieldPosition("checklist"), "this self-assessment is for checklist `"
                        + assessment.checklistId() + "`, but it is being checked against `" + checklist.id() + "`");
            }
        }

        private void checkSolution(String key, String listName, List<String> allowed, String value) {
            if (allowed.isEmpty() && value != null) {
                problems.add(fieldPosition("solution." + key), "checklist `" + checklist.id() + "` declares no "
                        + listName + "; leave `" + key + "` out");
            } else if (!allowed.isEmpty() && value == null) {
                problems.add(assessment.solution().position(), "missing required key `" + key + "` in `solution`: "
                        + "checklist `" + checklist.id() + "` asks for one of " + String.join(", ", allowed));
            } else if (value != null && !allowed.contains(value)) {
                problems.add(fieldPosition("solution." + key), "`" + Problems.excerpt(value) + "` is not one of the "
                        + listName + " of checklist `" + checklist.id() + "`; valid: " + String.join(", ", allowed),
                        Suggestions.orNull(value, allowed));
            }
        }

        private void checkResponse(Response response) {
            Optional<Item> item = knownItem(response.itemId(), response.position(), "a response to");
            if (item.isEmpty()) {
                return;
            }
            boolean perCaseStudy = response.answer() == null;
            if (item.get().isCaseStudyScoped() && !perCaseStudy) {
                problems.add(response.position(), "item `" + item.get().id() + "` is case-study-scoped: answer it once"
                        + " per case study, e.g. caseStudies: { " + exampleCaseStudy() + ": { status: met } }");
            } else if (!item.get().isCaseStudyScoped() && perCaseStudy) {
                problems.add(response.position(), "item `" + item.get().id() + "` is partner-scoped: answer it once"
                        + " with `status:`, not per case study under `caseStudies:`");
            }
            if (response.answer() != null) {
                checkOptions(item.get(), response.answer());
            }
            for (Map.Entry<String, Answer> answer : response.caseStudies().entrySet()) {
                knownCaseStudy(answer.getKey(), answer.getValue().position());
                checkOptions(item.get(), answer.getValue());
            }
        }

        /** Options are answered only to items that list them, and only with ids the item has. */
        private void checkOptions(Item item, Answer answer) {
            if (answer.options().isEmpty()) {
                return;
            }
            List<String> ids = item.check().optionIds();
            if (ids.isEmpty()) {
                problems.add(answer.options().get(0).position(), "item `" + item.id() + "` has no options to choose"
                        + " from (its check is `" + item.check().type() + "`); leave `options` out");
                return;
            }
            for (Located<String> option : answer.options()) {
                if (!ids.contains(option.value())) {
                    problems.add(option.position(), "option `" + option.value() + "`, which item `" + item.id()
                            + "` does not have; its options: " + String.join(", ", ids),
                            Suggestions.orNull(option.value(), ids));
                }
            }
        }

        private void checkAudit(Audit audit) {
            if (audit.checklistId() != null && !audit.checklistId().equals(assessment.checklistId())) {
                problems.add(audit.position(), "the audit record is for checklist `" + audit.checklistId()
                        + "`, but the self-assessment is for `" + assessment.checklistId() + "`");
            }
            for (AuditFinding finding : audit.findings()) {
                checkFinding(finding);
            }
        }

        private void checkFinding(AuditFinding finding) {
            Optional<Item> item = knownItem(finding.itemId(), finding.positionOf("item"), "an audit finding for");
            if (finding.caseStudyId() != null) {
                knownCaseStudy(finding.caseStudyId(), finding.positionOf("caseStudy"));
            }
            if (item.isEmpty()) {
                return;
            }
            if (item.get().isCaseStudyScoped() && finding.caseStudyId() == null) {
                problems.add(finding.position(), "item `" + item.get().id() + "` is case-study-scoped:"
                        + " add `caseStudy: " + exampleCaseStudy() + "` naming the case study this finding is about");
            } else if (!item.get().isCaseStudyScoped() && finding.caseStudyId() != null) {
                problems.add(finding.positionOf("caseStudy"), "item `" + item.get().id() + "` is partner-scoped:"
                        + " remove `caseStudy` from this finding");
            }
        }

        private Optional<Item> knownItem(String itemId, SourcePosition position, String what) {
            Optional<Item> item = checklist.item(itemId);
            if (item.isEmpty()) {
                problems.add(position, what + " `" + itemId + "`, which checklist `" + checklist.id()
                        + "` does not have", suggestedItem(itemId));
            }
            return item;
        }

        /**
         * Ids of ccv's own were renamed with a {@code CCV} prefix (BR-004 became CCVBR-004): an older
         * file is pointed at the new id rather than at whichever id is nearest in spelling.
         */
        private String suggestedItem(String itemId) {
            if (checklist.item(OWN_ID_PREFIX + itemId).isPresent()) {
                return OWN_ID_PREFIX + itemId;
            }
            return Suggestions.orNull(itemId, checklist.items().stream().map(Item::id).toList());
        }

        private void knownCaseStudy(String caseStudyId, SourcePosition position) {
            if (!caseStudyIds.contains(caseStudyId)) {
                List<String> ids = assessment.caseStudies().stream().map(CaseStudy::id).toList();
                problems.add(position, "no case study `" + caseStudyId + "` in the self-assessment"
                        + (ids.isEmpty() ? "; it lists none under `caseStudies`" : "; its case studies: "
                        + String.join(", ", ids)), Suggestions.orNull(caseStudyId, ids));
            }
        }

        private String exampleCaseStudy() {
            return assessment.caseStudies().isEmpty() ? "CASE-STUDY-ID" : assessment.caseStudies().get(0).id();
        }

        private SourcePosition fieldPosition(String path) {
            return assessment.fieldPosition(path, assessment.position());
        }
    }
}
