package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run evaluates: the checklist, the partner's self-assessment, the auditor's
 * record when there is one, the date recency is measured from, and the files read.
 */
public record Submission(
        Checklist checklist,
        SelfAssessment assessment,
        Optional<Audit> audit,
        LocalDate asOf,
        List<InputFile> inputs) {

    public Submission {
        inputs = List.copyOf(inputs);
    }
}
