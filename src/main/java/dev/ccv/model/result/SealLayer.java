package dev.ccv.model.result;

import java.util.List;

/**
 * One layer of a bundle's seal and how the files it covers compare with its manifest: the
 * partner's {@code MANIFEST.sha256} or the auditor's {@code audit/MANIFEST.sha256}. {@code owner}
 * is {@code partner} or {@code auditor}; an unsealed layer (no manifest) has nothing verified.
 */
public record SealLayer(String owner, String manifest, boolean sealed, int filesVerified,
                        List<IntegrityProblem> problems) {

    public SealLayer {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
