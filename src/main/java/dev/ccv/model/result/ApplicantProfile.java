package dev.ccv.model.result;

import dev.ccv.model.Subject;
import java.time.LocalDate;
import java.util.List;

/**
 * Who the report is about, as every format shows it: a partner's name, or an individual's name with
 * what they claim (employer, certifications, contributions, nominations). {@code email} and each
 * certification's {@code validationNumber} are personal data that redaction drops; both are null
 * when not given. {@code contributionWindowFrom} is the start of the widest contribution window the
 * checklist counts in (null when none has one), for showing contributions against it.
 */
public record ApplicantProfile(
        Subject subject,
        String name,
        String email,
        EmployerInfo employer,
        boolean student,
        List<CertificationInfo> certifications,
        List<ContributionInfo> contributions,
        List<NominationInfo> nominations,
        LocalDate contributionWindowFrom) {

    public ApplicantProfile {
        certifications = List.copyOf(certifications);
        contributions = List.copyOf(contributions);
        nominations = List.copyOf(nominations);
    }

    public static ApplicantProfile partner(String name) {
        return new ApplicantProfile(Subject.PARTNER, name, null, null, false, List.of(), List.of(), List.of(), null);
    }

    public boolean isIndividual() {
        return subject == Subject.INDIVIDUAL;
    }

    /** "Partner" or "Applicant": how reports label the name. */
    public String label() {
        return isIndividual() ? "Applicant" : "Partner";
    }

    /** The individual's employer; {@code tier} is null when not given. */
    public record EmployerInfo(String name, boolean apnPartner, String tier) {
    }

    /** One certification, and whether it counts on the as-of date (earned by then and not expired). */
    public record CertificationInfo(String id, String name, String level, LocalDate earned, LocalDate expires,
                                    String validationNumber, boolean validOnAsOf) {
    }

    /** One contribution as listed; {@code url} is null when not given. */
    public record ContributionInfo(String id, String type, String title, String url, LocalDate date) {
    }

    /** One nomination; {@code date} is null when not given. */
    public record NominationInfo(String by, String role, LocalDate date) {
    }
}
