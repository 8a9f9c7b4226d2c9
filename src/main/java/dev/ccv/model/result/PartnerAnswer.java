package dev.ccv.model.result;

import java.util.List;

/**
 * What the partner answered for one item ({@code caseStudyId} null) or for one item and case study:
 * the status as written in the self-assessment ({@code met}, {@code not-met}, {@code not-applicable}),
 * the evidence references, the notes and the option ids an {@code at-least} answer lists. Reports that repeat the self-assessment (the workbook) show
 * it beside ccv's result; redaction drops the notes.
 */
public record PartnerAnswer(String itemId, String caseStudyId, String status, List<String> evidence, String notes,
                            List<String> options) {

    public PartnerAnswer {
        evidence = List.copyOf(evidence);
        options = List.copyOf(options);
    }
}
