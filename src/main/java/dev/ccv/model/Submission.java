package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run evaluates: the checklist, the partner's self-assessment, the auditor's
 * record when there is one, the date recency is measured from and where it came from, the files
 * read, the SHA-256 of the local remediation evidence that exists, by its path in the bundle, and
 * the threshold the verdict is decided at.
 */
public record Submission(
        Checklist checklist,
        SelfAssessment assessment,
        Optional<Audit> audit,
        LocalDate asOf,
        AsOfSource asOfSource,
        List<InputFile> inputs,
        Map<String, String> evidenceDigests,
        FailOn failOn) {

    public Submission {
        inputs = List.copyOf(inputs);
        evidenceDigests = Map.copyOf(evidenceDigests);
    }

    /** A submission judged at the default threshold: only open critical findings fail it. */
    public Submission(Checklist checklist, SelfAssessment assessment, Optional<Audit> audit, LocalDate asOf,
                      AsOfSource asOfSource, List<InputFile> inputs, Map<String, String> evidenceDigests) {
        this(checklist, assessment, audit, asOf, asOfSource, inputs, evidenceDigests, FailOn.CRITICAL);
    }
}
