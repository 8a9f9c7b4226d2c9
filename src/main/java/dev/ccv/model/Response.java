package dev.ccv.model;

import java.util.Map;

/**
 * The partner's response to one item: one answer for a partner-scoped item, or one answer per
 * case study (keyed by case-study id, in file order) for a case-study-scoped item.
 */
public record Response(String itemId, Answer answer, Map<String, Answer> caseStudies, SourcePosition position) {

    public Response {
        caseStudies = caseStudies == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(caseStudies));
    }

    public Answer answerFor(String caseStudyId) {
        return caseStudies.get(caseStudyId);
    }
}
