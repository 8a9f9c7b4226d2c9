package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner's self-assessment. {@code fields} maps every dotted path of a scalar or list value
 * outside {@code caseStudies} and {@code responses} (e.g. {@code partner.landingPage}) to its value
 * and position, for {@code field} checks and for pointing findings at a line. {@code applicationDate}
 * (when the application is submitted) is null when the file leaves it out.
 */
public record SelfAssessment(
        String checklistId,
        String checklistVersion,
        LocalDate applicationDate,
        Partner partner,
        Solution solution,
        List<CaseStudy> caseStudies,
        Map<String, Response> responses,
        List<CorporateEvent> corporateEvents,
        Map<String, Located<Object>> fields,
        SourcePosition position) {

    public SelfAssessment {
        caseStudies = List.copyOf(caseStudies);
        responses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(responses));
        corporateEvents = List.copyOf(corporateEvents);
        fields = Map.copyOf(fields);
    }

    public Optional<Response> response(String itemId) {
        return Optional.ofNullable(responses.get(itemId));
    }

    public Optional<Located<Object>> field(String dottedPath) {
        return Optional.ofNullable(fields.get(dottedPath));
    }

    /** Where a field is written, or {@code fallback} when the file leaves it out. */
    public SourcePosition fieldPosition(String dottedPath, SourcePosition fallback) {
        Located<Object> field = fields.get(dottedPath);
        return field == null ? fallback : field.position();
    }

    public Optional<CaseStudy> caseStudy(String id) {
        for (CaseStudy caseStudy : caseStudies) {
            if (caseStudy.id().equals(id)) {
                return Optional.of(caseStudy);
            }
        }
        return Optional.empty();
    }
}
