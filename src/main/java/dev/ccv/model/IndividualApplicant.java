package dev.ccv.model;

import java.util.List;

/** A person applying to a community program: who they are, their certifications, contributions and nominations. */
public record IndividualApplicant(
        Person person,
        List<Certification> certifications,
        List<Contribution> contributions,
        List<Nomination> nominations) implements Applicant {

    public IndividualApplicant {
        certifications = List.copyOf(certifications);
        contributions = List.copyOf(contributions);
        nominations = List.copyOf(nominations);
    }

    @Override
    public String name() {
        return person == null ? null : person.name();
    }

    @Override
    public Subject subject() {
        return Subject.INDIVIDUAL;
    }
}
