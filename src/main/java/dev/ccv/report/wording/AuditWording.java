package dev.ccv.report.wording;

import dev.ccv.model.Auditor;
import dev.ccv.model.result.AuditMetadata;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.List;

/** The same words in every human-readable format for the as-of date, the audit team and remediation evidence. */
public final class AuditWording {

    private AuditWording() {
    }

    /** {@code 2026-06-15 (the audit date)}: the date and where it came from. */
    public static String asOf(Report report) {
        String source = switch (report.asOfSource()) {
            case OPTION -> "--as-of";
            case AUDIT -> "the audit date";
            case APPLICATION -> "the application date";
            case TODAY -> "today: the inputs give no date";
        };
        return report.asOf() + " (" + source + ")";
    }

    /** {@code Example Assurance LLP, 2026-06-15}: the firm and the audit date. */
    public static String auditor(AuditMetadata audit) {
        return audit.date() == null ? audit.auditor() : audit.auditor() + ", " + audit.date();
    }

    /** {@code Jane Roe (lead auditor), Raj Patel}; empty when the record names nobody. */
    public static String people(AuditMetadata audit) {
        List<String> people = new ArrayList<>();
        for (Auditor auditor : audit.auditors()) {
            people.add(auditor.role() == null || auditor.role().isBlank() ? auditor.name()
                    : auditor.name() + " (" + auditor.role() + ")");
        }
        return String.join(", ", people);
    }

    /** Whether a remediation reference resolved, and how to check it: its SHA-256, or that it is external. */
    public static String state(RemediationReference reference) {
        if (!reference.resolved()) {
            return "not found";
        }
        return reference.sha256() == null ? "external, not verified" : "SHA-256 " + reference.sha256();
    }
}
