package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run evaluates: the checklist, the partner's self-assessment, the auditor's
 * record when there is one, the date recency is measured from and where it came from, the files
 * read, and the SHA-256 of the local remediation evidence that exists, by its path in the bundle.
 */
public record Submission(
        Checklist checklist,
        SelfAssessment assessment,
        Optional<Audit> audit,
        LocalDate asOf,
        AsOfSource asOfSource,
        List<InputFile> inputs,
        Map<String, String> evidenceDigests) {

    public Submission {
        inputs = List.copyOf(inputs);
        evidenceDigests = Map.copyOf(evidenceDigests);
    }
}
