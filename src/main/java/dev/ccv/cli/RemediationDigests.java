package dev.ccv.cli;

import dev.ccv.bundle.ParallelHasher;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.Evidence;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SHA-256 of each remediation evidence file that exists, by its path in the bundle, so that
 * a report says exactly which file closed a finding. Only a few files, hashed one after another.
 */
final class RemediationDigests {

    private RemediationDigests() {
    }

    static Map<String, String> of(Path root, Optional<Audit> audit) {
        Map<String, String> digests = new TreeMap<>();
        if (audit.isEmpty()) {
            return digests;
        }
        for (AuditFinding finding : audit.get().findings()) {
            for (Evidence evidence : finding.remediationEvidence()) {
                if (evidence instanceof Evidence.Local local && local.exists()) {
                    digests.computeIfAbsent(local.path(), path -> ParallelHasher.sha256(root.resolve(path)));
                }
            }
        }
        return digests;
    }
}
