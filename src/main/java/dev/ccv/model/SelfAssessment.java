package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A self-assessment: the checklist it answers, who applies (a partner or an individual), and the
 * responses. {@code fields} maps every dotted path of a scalar or list value outside
 * {@code caseStudies} and {@code responses} (e.g. {@code partner.landingPage}, {@code applicant.email})
 * to its value and position, for {@code field} checks and for pointing findings at a line.
 * {@code applicationDate} (when the application is submitted) is null when the file leaves it out.
 */
public record SelfAssessment(
        String checklistId,
        String checklistVersion,
        LocalDate applicationDate,
        Applicant applicant,
        Map<String, Response> responses,
        Map<String, Located<Object>> fields,
        SourcePosition position) {

    public SelfAssessment {
        responses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(responses));
        fields = Map.copyOf(fields);
    }

    /** A partner's self-assessment. */
    public SelfAssessment(String checklistId, String checklistVersion, LocalDate applicationDate, Partner partner,
                          Solution solution,
                          List<CaseStudy> caseStudies, Map<String, Response> responses,
                          List<CorporateEvent> corporateEvents, Map<String, Located<Object>> fields,
                          SourcePosition position) {
        this(checklistId, checklistVersion, applicationDate, new PartnerApplicant(partner, solution, caseStudies, corporateEvents),
                responses, fields, position);
    }

    public Subject subject() {
        return applicant.subject();
    }

    /** The partner; only for a partner's self-assessment (the checklist's subject decides which it is). */
    public Partner partner() {
        return partnerApplicant().partner();
    }

    /** The solution; only for a partner's self-assessment. */
    public Solution solution() {
        return partnerApplicant().solution();
    }

    /** The case studies; none for an individual. */
    public List<CaseStudy> caseStudies() {
        return applicant instanceof PartnerApplicant partner ? partner.caseStudies() : List.of();
    }

    /** The mergers, acquisitions and divestitures; none for an individual. */
    public List<CorporateEvent> corporateEvents() {
        return applicant instanceof PartnerApplicant partner ? partner.corporateEvents() : List.of();
    }

    private PartnerApplicant partnerApplicant() {
        if (applicant instanceof PartnerApplicant partner) {
            return partner;
        }
        throw new IllegalStateException("an individual's self-assessment has no partner or solution");
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
        for (CaseStudy caseStudy : caseStudies()) {
            if (caseStudy.id().equals(id)) {
                return Optional.of(caseStudy);
            }
        }
        return Optional.empty();
    }
}
