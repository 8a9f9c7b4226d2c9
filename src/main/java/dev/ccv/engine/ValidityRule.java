package dev.ccv.engine;

import dev.ccv.model.Checklist;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Submission;
import dev.ccv.model.Validity;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import java.util.Optional;

/**
 * A checklist version is only good for applications within its validity window: before
 * {@code from} or after {@code acceptedUntil} the run has a blocking critical finding on the
 * reserved item {@value #ITEM_ID}; between {@code until} and {@code acceptedUntil} a note says a
 * newer version is expected.
 */
final class ValidityRule {

    /** Reserved: it cannot collide with a checklist's own ids, which end in digits. */
    static final String ITEM_ID = "CHECKLIST-VALIDITY";

    private ValidityRule() {
    }

    static Optional<Finding> finding(Submission submission) {
        Checklist checklist = submission.checklist();
        Validity validity = checklist.publication().validity();
        if (validity == null) {
            return Optional.empty();
        }
        String why = switch (validity.standingOn(submission.asOf())) {
            case NOT_YET_VALID -> "is not in force yet";
            case EXPIRED -> "is no longer accepted";
            case VALID, SUPERSEDED -> null;
        };
        if (why == null) {
            return Optional.empty();
        }
        SelfAssessment assessment = submission.assessment();
        String message = "checklist " + checklist.id() + " version " + checklist.version() + " (valid "
                + validity.describe() + ") " + why + " as of " + submission.asOf() + "; apply against the version in force";
        return Optional.of(new Finding(ITEM_ID, null, FindingSeverity.CRITICAL, FindingState.OPEN, true, message,
                null, assessment.fieldPosition("checklist", assessment.position())));
    }

    static Optional<String> note(Submission submission) {
        Checklist checklist = submission.checklist();
        Validity validity = checklist.publication().validity();
        if (validity == null || validity.standingOn(submission.asOf()) != Validity.Standing.SUPERSEDED) {
            return Optional.empty();
        }
        return Optional.of("checklist " + checklist.id() + " version " + checklist.version() + " was in force until "
                + validity.until() + "; a newer version is expected (this one is still accepted until "
                + validity.acceptedUntil() + ")");
    }
}
