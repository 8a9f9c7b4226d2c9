package dev.ccv.model.result;

import dev.ccv.model.FailOn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine concludes about a submission: every result, every finding, the case studies
 * still under consideration, notes for the reader, and the verdict with the threshold it was decided at.
 */
public record Evaluation(
        Verdict verdict,
        List<CaseStudyStatus> caseStudies,
        List<ItemResult> results,
        List<Finding> findings,
        List<String> notes,
        FailOn failOn) {

    public Evaluation {
        caseStudies = List.copyOf(caseStudies);
        results = List.copyOf(results);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** An evaluation at the default threshold, where only open critical findings fail the verdict. */
    public Evaluation(Verdict verdict, List<CaseStudyStatus> caseStudies, List<ItemResult> results,
                      List<Finding> findings, List<String> notes) {
        this(verdict, caseStudies, results, findings, notes, FailOn.CRITICAL);
    }

    /** The results of each item, by item id, each item's in evaluation order; made anew at each call. */
    public Map<String, List<ItemResult>> resultsByItem() {
        Map<String, List<ItemResult>> byItem = new HashMap<>();
        for (ItemResult result : results) {
            byItem.computeIfAbsent(result.itemId(), id -> new ArrayList<>()).add(result);
        }
        return byItem;
    }
}
