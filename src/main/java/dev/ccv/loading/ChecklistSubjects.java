package dev.ccv.loading;

import dev.ccv.model.Subject;
import java.util.Optional;

/** Whether partners or individuals answer the checklist with a given id, as far as the caller knows. */
@FunctionalInterface
public interface ChecklistSubjects {

    /** The subject of the checklist with this id; empty when no such checklist is known. */
    Optional<Subject> subjectOf(String checklistId);
}
