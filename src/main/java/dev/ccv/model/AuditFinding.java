package dev.ccv.model;

import java.util.List;

/** One entry of the auditor's record; {@code caseStudyId} is null for partner-scoped items. */
public record AuditFinding(
        String itemId,
        String caseStudyId,
        AuditResult result,
        String note,
        Remediation remediation,
        List<Evidence> remediationEvidence,
        SourcePosition position) {

    public AuditFinding {
        remediationEvidence = List.copyOf(remediationEvidence);
    }
}
