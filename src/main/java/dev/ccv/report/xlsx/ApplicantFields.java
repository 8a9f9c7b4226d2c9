package dev.ccv.report.xlsx;

import dev.ccv.model.result.ApplicantProfile;
import dev.ccv.model.result.ApplicantProfile.CertificationInfo;
import dev.ccv.model.result.ApplicantProfile.ContributionInfo;
import dev.ccv.model.result.ApplicantProfile.EmployerInfo;
import dev.ccv.model.result.ApplicantProfile.NominationInfo;
import dev.ccv.model.result.Report;
import java.util.function.BiConsumer;

/**
 * An individual applicant's profile as Summary fields: email, employer, certifications (and whether
 * each counts on the as-of date), contributions and nominations, as the HTML report shows them.
 * Nothing for a partner.
 */
final class ApplicantFields {

    private static final String REDACTED = "removed (redacted)";

    private ApplicantFields() {
    }

    static void write(Report report, BiConsumer<String, String> field) {
        ApplicantProfile applicant = report.applicant();
        if (!applicant.isIndividual()) {
            return;
        }
        field.accept("Email", applicant.email() != null ? applicant.email() : report.redacted() ? REDACTED
                : "not given");
        field.accept("Employer", employer(applicant.employer()));
        field.accept("Student", applicant.student() ? "Yes" : "No");
        if (applicant.certifications().isEmpty()) {
            field.accept("Certifications", "none listed");
        }
        for (CertificationInfo c : applicant.certifications()) {
            field.accept("Certification " + c.id(), c.name() + " (" + c.level() + "); earned "
                    + (c.earned() == null ? "not given" : c.earned()) + ", "
                    + (c.expires() == null ? "does not expire" : "expires " + c.expires()) + "; "
                    + (c.validOnAsOf() ? "valid" : "not valid") + " on " + report.asOf()
                    + (c.validationNumber() != null ? "; validation number " + c.validationNumber()
                            : report.redacted() ? "; validation number " + REDACTED : ""));
        }
        if (applicant.contributionWindowFrom() != null) {
            field.accept("Contribution window", applicant.contributionWindowFrom() + " to " + report.asOf());
        }
        if (applicant.contributions().isEmpty()) {
            field.accept("Contributions", "none listed");
        }
        for (ContributionInfo c : applicant.contributions()) {
            field.accept("Contribution " + c.id(), c.date() + ", " + c.type() + ": " + c.title()
                    + (c.url() == null ? "" : " (" + c.url() + ")"));
        }
        for (NominationInfo n : applicant.nominations()) {
            field.accept("Nomination", n.by() + " (" + n.role() + ")" + (n.date() == null ? "" : ", " + n.date()));
        }
    }

    private static String employer(EmployerInfo employer) {
        if (employer == null) {
            return "not given";
        }
        return employer.name() + (employer.apnPartner()
                ? ", an AWS Partner" + (employer.tier() == null ? "" : " (" + employer.tier() + " tier)")
                : ", not an AWS Partner");
    }
}
