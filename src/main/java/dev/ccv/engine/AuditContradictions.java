package dev.ccv.engine;

import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Section;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An auditor's {@code unmet} on an item (or case study) that does not apply contradicts the
 * self-assessment: the finding would silently vanish although the auditor saw a gap, so one of
 * the two files must be corrected before anything is evaluated. (A {@code met} there is only noted.)
 */
final class AuditContradictions {

    private static final String NOT_APPLICABLE_PREFIX = "does not apply: ";

    private AuditContradictions() {
    }

    /** Throws {@link InvalidInputException} naming each contradicting audit line and the line that makes the item not apply. */
    static void check(Submission submission) {
        if (submission.audit().isEmpty()) {
            return;
        }
        Map<String, Section> sections = new HashMap<>();
        for (Section section : submission.checklist().sections()) {
            for (Item item : section.items()) {
                sections.put(item.id(), section);
            }
        }
        SelfAssessment assessment = submission.assessment();
        List<InputError> errors = new ArrayList<>();
        for (AuditFinding finding : submission.audit().get().findings()) {
            Section section = sections.get(finding.itemId());
            if (finding.result() != AuditResult.UNMET || section == null) {
                continue;
            }
            Item item = submission.checklist().item(finding.itemId()).orElseThrow();
            CaseStudy caseStudy = finding.caseStudyId() == null
                    ? null : assessment.caseStudy(finding.caseStudyId()).orElse(null);
            Applicability.whyNot(section, item, assessment, caseStudy, assessment.caseStudies())
                    .ifPresent(why -> errors.add(contradiction(finding, why, assessment, caseStudy)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InputError contradiction(AuditFinding finding, CheckOutcome why, SelfAssessment assessment,
                                            CaseStudy caseStudy) {
        String reason = String.join("; ", why.messages());
        if (reason.startsWith(NOT_APPLICABLE_PREFIX)) {
            reason = reason.substring(NOT_APPLICABLE_PREFIX.length());
        }
        String subject = finding.itemId() + (finding.caseStudyId() == null ? "" : " for case study "
                + finding.caseStudyId());
        String where = why.location() + writtenAs(why.location(), assessment, caseStudy).map(w -> " (`" + w + "`)")
                .orElse("");
        return new InputError(finding.positionOf("result"), "the auditor records `unmet` for " + subject
                + ", but the item does not apply: " + reason + ", at " + where + "; correct one of the two files:"
                + " the self-assessment, or this audit entry");
    }

    /** The self-assessment's {@code key: value} written at that position, when it is a field ccv keeps. */
    private static Optional<String> writtenAs(SourcePosition position, SelfAssessment assessment, CaseStudy caseStudy) {
        Optional<String> written = find(position, assessment.fields());
        return written.isEmpty() && caseStudy != null ? find(position, caseStudy.fields()) : written;
    }

    private static Optional<String> find(SourcePosition position, Map<String, Located<Object>> fields) {
        for (Map.Entry<String, Located<Object>> field : fields.entrySet()) {
            if (field.getValue().position().equals(position)) {
                String path = field.getKey();
                return Optional.of(path.substring(path.lastIndexOf('.') + 1) + ": " + field.getValue().value());
            }
        }
        return Optional.empty();
    }
}
