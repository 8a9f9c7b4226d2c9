package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An AWS case study: a completed customer project. {@code fields} holds every field as written,
 * keyed by its YAML name, so that field checks can ask for any of them with its position.
 * {@code operatesAwsEnvironment} is null when the case study does not say (the solution's value holds).
 */
public record CaseStudy(
        String id,
        String customer,
        boolean isPublic,
        String url,
        LocalDate dateDelivered,
        List<Evidence> evidence,
        Map<String, Located<Object>> fields,
        Boolean operatesAwsEnvironment,
        SourcePosition position) {

    public CaseStudy {
        evidence = List.copyOf(evidence);
        fields = Map.copyOf(fields);
    }

    /** A case study that does not say whether it operates an AWS environment. */
    public CaseStudy(String id, String customer, boolean isPublic, String url, LocalDate dateDelivered,
                     List<Evidence> evidence, Map<String, Located<Object>> fields, SourcePosition position) {
        this(id, customer, isPublic, url, dateDelivered, evidence, fields, null, position);
    }

    /** Whether this case study operates an AWS environment: its own word, else the solution's. */
    public boolean operatesAwsEnvironment(Solution solution) {
        return operatesAwsEnvironment == null ? solution.operatesAwsEnvironment() : operatesAwsEnvironment;
    }

    /** The free-text and identifying fields that redaction hides for non-public case studies. */
    public static final List<String> FREE_TEXT_FIELDS =
            List.of("introduction", "challenge", "solution", "outcomes");
}
