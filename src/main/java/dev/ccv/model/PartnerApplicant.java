package dev.ccv.model;

import java.util.List;

/** A partner applying for a competency: the company, its solution, case studies and corporate events. */
public record PartnerApplicant(
        Partner partner,
        Solution solution,
        List<CaseStudy> caseStudies,
        List<CorporateEvent> corporateEvents) implements Applicant {

    public PartnerApplicant {
        caseStudies = List.copyOf(caseStudies);
        corporateEvents = List.copyOf(corporateEvents);
    }

    @Override
    public String name() {
        return partner == null ? null : partner.name();
    }

    @Override
    public Subject subject() {
        return Subject.PARTNER;
    }
}
