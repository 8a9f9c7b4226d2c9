package dev.ccv.engine;

import dev.ccv.model.Certification;
import dev.ccv.model.Contribution;
import dev.ccv.model.IndividualApplicant;
import dev.ccv.model.Item;
import dev.ccv.model.Nomination;
import dev.ccv.model.Submission;
import dev.ccv.model.YamlNamed;
import dev.ccv.model.result.ApplicantProfile;
import dev.ccv.model.result.ApplicantProfile.CertificationInfo;
import dev.ccv.model.result.ApplicantProfile.ContributionInfo;
import dev.ccv.model.result.ApplicantProfile.EmployerInfo;
import dev.ccv.model.result.ApplicantProfile.NominationInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Makes the report's picture of the applicant from the self-assessment. */
final class ApplicantProfiles {

    private ApplicantProfiles() {
    }

    static ApplicantProfile of(Submission submission) {
        if (submission.assessment().applicant() instanceof IndividualApplicant individual) {
            return individual(individual, submission);
        }
        return ApplicantProfile.partner(submission.assessment().applicant().name());
    }

    private static ApplicantProfile individual(IndividualApplicant individual, Submission submission) {
        LocalDate asOf = submission.asOf();
        List<CertificationInfo> certifications = new ArrayList<>();
        for (Certification c : individual.certifications()) {
            certifications.add(new CertificationInfo(c.id(), c.name(), name(c.level()), c.earned(), c.expires(),
                    c.validationNumber(), c.validOn(asOf)));
        }
        List<ContributionInfo> contributions = new ArrayList<>();
        for (Contribution c : individual.contributions()) {
            contributions.add(new ContributionInfo(c.id(), name(c.type()), c.title(), c.url(), c.date()));
        }
        List<NominationInfo> nominations = new ArrayList<>();
        for (Nomination n : individual.nominations()) {
            nominations.add(new NominationInfo(n.by(), name(n.role()), n.date()));
        }
        var person = individual.person();
        var employer = person.employer();
        return new ApplicantProfile(individual.subject(), person.name(), person.email(),
                employer == null ? null : new EmployerInfo(employer.name(), employer.apnPartner(), name(employer.tier())),
                person.student(), certifications, contributions, nominations, widestWindowFrom(submission));
    }

    /** The earliest start of a contribution-count window in the checklist, or null when none has a window. */
    private static LocalDate widestWindowFrom(Submission submission) {
        LocalDate from = null;
        for (Item item : submission.checklist().items()) {
            Long months = ContributionWindow.months(item.check());
            if (months != null) {
                LocalDate start = submission.asOf().minusMonths(months);
                from = from == null || start.isBefore(from) ? start : from;
            }
        }
        return from;
    }

    private static String name(YamlNamed value) {
        return value == null ? null : value.yamlName();
    }
}
