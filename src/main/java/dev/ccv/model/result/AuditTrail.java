package dev.ccv.model.result;

import java.time.LocalDate;
import java.util.List;

/**
 * What the auditor recorded on a finding: the note, the date it was remediated and the evidence
 * that closed it. A finding without an audit entry has {@link #NONE}. The note is kept apart from
 * the finding's message so that redaction can drop it.
 */
public record AuditTrail(String note, LocalDate remediatedOn, List<RemediationReference> remediationEvidence) {

    public static final AuditTrail NONE = new AuditTrail(null, null, List.of());

    public AuditTrail {
        remediationEvidence = List.copyOf(remediationEvidence);
    }
}
