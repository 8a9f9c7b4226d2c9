package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One entry of the auditor's record; {@code caseStudyId} is null for partner-scoped items and
 * {@code remediatedOn} when the auditor gave no date. {@code valuePositions} says where each of its
 * keys' values stands in the audit record, so that a problem with one of them is reported at its own line.
 */
public record AuditFinding(
        String itemId,
        String caseStudyId,
        AuditResult result,
        String note,
        Remediation remediation,
        List<Evidence> remediationEvidence,
        LocalDate remediatedOn,
        SourcePosition position,
        Map<String, SourcePosition> valuePositions) {

    public AuditFinding {
        remediationEvidence = List.copyOf(remediationEvidence);
        valuePositions = Map.copyOf(valuePositions);
    }

    /** An entry without a remediation date whose values are all reported at the entry's own position. */
    public AuditFinding(String itemId, String caseStudyId, AuditResult result, String note, Remediation remediation,
                        List<Evidence> remediationEvidence, SourcePosition position) {
        this(itemId, caseStudyId, result, note, remediation, remediationEvidence, null, position, Map.of());
    }

    /** Where the value of {@code key} stands, or the entry's position when it is not written. */
    public SourcePosition positionOf(String key) {
        return valuePositions.getOrDefault(key, position);
    }
}
