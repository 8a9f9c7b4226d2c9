package dev.ccv.model;

/**
 * Who a self-assessment is about: a partner company with its solution and case studies, or an
 * individual with their certifications, contributions and nominations.
 */
public sealed interface Applicant permits PartnerApplicant, IndividualApplicant {

    /** The name reports show. */
    String name();

    Subject subject();
}
