package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An AWS case study: a completed customer project. {@code fields} holds every field as written,
 * keyed by its YAML name, so that field checks can ask for any of them with its position.
 */
public record CaseStudy(
        String id,
        String customer,
        boolean isPublic,
        String url,
        LocalDate dateDelivered,
        List<Evidence> evidence,
        Map<String, Located<Object>> fields,
        SourcePosition position) {

    public CaseStudy {
        evidence = List.copyOf(evidence);
        fields = Map.copyOf(fields);
    }

    /** The free-text and identifying fields that redaction hides for non-public case studies. */
    public static final List<String> FREE_TEXT_FIELDS =
            List.of("introduction", "challenge", "solution", "outcomes");
}
