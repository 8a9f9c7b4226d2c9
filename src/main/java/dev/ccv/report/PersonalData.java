package dev.ccv.report;

import dev.ccv.model.result.ApplicantProfile;
import dev.ccv.model.result.ApplicantProfile.CertificationInfo;
import java.util.ArrayList;
import java.util.List;

/** An individual applicant's personal data, which a redacted report must not carry: email and validation numbers. */
final class PersonalData {

    static final String PLACEHOLDER = "[personal data removed]";

    private PersonalData() {
    }

    /** Each non-blank personal value, stripped. */
    static List<String> of(ApplicantProfile applicant) {
        List<String> values = new ArrayList<>();
        add(values, applicant.email());
        for (CertificationInfo certification : applicant.certifications()) {
            add(values, certification.validationNumber());
        }
        return values;
    }

    /** The profile without email and validation numbers. */
    static ApplicantProfile drop(ApplicantProfile applicant) {
        if (!applicant.isIndividual()) {
            return applicant;
        }
        List<CertificationInfo> certifications = applicant.certifications().stream()
                .map(c -> new CertificationInfo(c.id(), c.name(), c.level(), c.earned(), c.expires(), null,
                        c.validOnAsOf()))
                .toList();
        return new ApplicantProfile(applicant.subject(), applicant.name(), null, applicant.employer(),
                applicant.student(), certifications, applicant.contributions(), applicant.nominations(),
                applicant.contributionWindowFrom());
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isBlank() && !values.contains(value.strip())) {
            values.add(value.strip());
        }
    }
}
