package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.model.IndividualApplicant;

/** The individual a check for individuals evaluates. */
final class Individuals {

    private Individuals() {
    }

    /** Only individual checklists hold these checks, and their self-assessments are an individual's. */
    static IndividualApplicant of(CheckContext context) {
        if (context.assessment().applicant() instanceof IndividualApplicant individual) {
            return individual;
        }
        throw new IllegalStateException("a check for individuals evaluated for a partner, item "
                + context.item().id());
    }
}
