package dev.ccv.engine;

import dev.ccv.model.AuditFinding;
import dev.ccv.model.Evidence;
import dev.ccv.model.FailOn;
import dev.ccv.model.Remediation;
import dev.ccv.model.Severity;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.RemediationReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an unmet result into a critical finding (required item) or an observation (recommended
 * item), with the remediation state the auditor recorded, and decides whether it blocks.
 */
final class FindingRule {

    private FindingRule() {
    }

    /** {@code digests}: the SHA-256 of each local evidence file that exists, by its path in the bundle. */
    static Finding of(ItemResult result, Optional<AuditFinding> entry, Map<String, String> digests,
                      FailOn failOn) {
        FindingSeverity severity = result.severity() == Severity.REQUIRED
                ? FindingSeverity.CRITICAL : FindingSeverity.OBSERVATION;
        List<String> messages = new ArrayList<>(result.messages());
        FindingState state = state(entry, messages);
        return new Finding(result.itemId(), result.caseStudyId(), severity, state,
                blocks(severity, state, result.caseStudyId(), failOn), String.join("; ", messages),
                entry.map(e -> trail(e, digests)).orElse(AuditTrail.NONE), result.location());
    }

    /** The auditor's note, remediation date and each remediation reference with whether it resolved. */
    private static AuditTrail trail(AuditFinding entry, Map<String, String> digests) {
        List<RemediationReference> references = new ArrayList<>();
        for (Evidence evidence : entry.remediationEvidence()) {
            String sha256 = evidence instanceof Evidence.Local local && local.exists() ? digests.get(local.path()) : null;
            references.add(new RemediationReference(evidence.reference(), resolves(evidence), sha256));
        }
        return new AuditTrail(entry.note(), entry.remediatedOn(), references);
    }

    /**
     * The verdict rules: open critical findings block; unremediable ones only for the partner as a
     * whole; with {@code --fail-on observation}, open observations too.
     */
    static boolean blocks(FindingSeverity severity, FindingState state, String caseStudyId, FailOn failOn) {
        if (severity == FindingSeverity.OBSERVATION) {
            return failOn == FailOn.OBSERVATION && state == FindingState.OPEN;
        }
        return state == FindingState.OPEN || (state == FindingState.UNREMEDIABLE && caseStudyId == null);
    }

    private static FindingState state(Optional<AuditFinding> entry, List<String> messages) {
        Remediation remediation = entry.map(AuditFinding::remediation).orElse(Remediation.OPEN);
        return switch (remediation) {
            case OPEN -> FindingState.OPEN;
            case UNREMEDIABLE -> FindingState.UNREMEDIABLE;
            case REMEDIATED -> remediated(entry.get(), messages);
        };
    }

    /**
     * Remediated only on the strength of evidence that resolves; otherwise it stays open, saying why
     * at the audit record's own line, where the fix belongs.
     */
    private static FindingState remediated(AuditFinding entry, List<String> messages) {
        List<Evidence> evidence = entry.remediationEvidence();
        if (evidence.stream().anyMatch(FindingRule::resolves)) {
            return FindingState.REMEDIATED;
        }
        if (evidence.isEmpty()) {
            messages.add(entry.positionOf("remediation") + ": marked remediated, but no remediationEvidence is given:"
                    + " the finding stays open; add remediationEvidence: [PATH] naming the file that shows the fix");
        } else {
            List<String> missing = new ArrayList<>();
            for (Evidence reference : evidence) {
                missing.add(reference.reference() + " at " + reference.position());
            }
            messages.add("marked remediated, but no remediation evidence resolves (not found: "
                    + String.join(", ", missing) + "): the finding stays open");
        }
        return FindingState.OPEN;
    }

    private static boolean resolves(Evidence evidence) {
        return evidence instanceof Evidence.External || (evidence instanceof Evidence.Local local && local.exists());
    }
}
