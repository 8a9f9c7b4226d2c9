package dev.ccv.model.result;

import dev.ccv.model.SourcePosition;

/**
 * An unmet result: a critical finding or an observation, with its remediation state.
 * {@code auditorNote} is the auditor's note, kept apart so that redaction can drop it.
 */
public record Finding(
        String itemId,
        String caseStudyId,
        FindingSeverity severity,
        FindingState state,
        boolean blocking,
        String message,
        String auditorNote,
        SourcePosition location) {
}
