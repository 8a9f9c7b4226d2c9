package dev.ccv.model.result;

import java.util.List;

/** The outcome of checking a bundle against its {@code MANIFEST.sha256}; unsealed bundles have none. */
public record Integrity(boolean sealed, int filesVerified, List<IntegrityProblem> problems) {

    public static final Integrity UNSEALED = new Integrity(false, 0, List.of());

    public Integrity {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
