package dev.ccv.model.result;

import java.util.List;

/**
 * What the engine concludes about a submission: every result, every finding, the case studies
 * still under consideration, notes for the reader, and the verdict.
 */
public record Evaluation(
        Verdict verdict,
        List<CaseStudyStatus> caseStudies,
        List<ItemResult> results,
        List<Finding> findings,
        List<String> notes) {

    public Evaluation {
        caseStudies = List.copyOf(caseStudies);
        results = List.copyOf(results);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
