package dev.ccv.model.result;

import dev.ccv.model.SourcePosition;

/**
 * An unmet result: a critical finding or an observation, with its remediation state and what the
 * auditor recorded on it ({@link AuditTrail#NONE} when nothing; a null {@code audit} means that too).
 */
public record Finding(
        String itemId,
        String caseStudyId,
        FindingSeverity severity,
        FindingState state,
        boolean blocking,
        String message,
        AuditTrail audit,
        SourcePosition location) {

    public Finding {
        audit = audit == null ? AuditTrail.NONE : audit;
    }

    /** The auditor's note, or null. */
    public String auditorNote() {
        return audit.note();
    }
}
