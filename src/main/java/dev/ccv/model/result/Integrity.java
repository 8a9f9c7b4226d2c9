package dev.ccv.model.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking a bundle against its seal, layer by layer: the partner's
 * {@code MANIFEST.sha256}, then the auditor's {@code audit/MANIFEST.sha256}. A failure in either
 * layer fails the bundle's integrity; a bundle with neither manifest is unsealed.
 */
public record Integrity(List<SealLayer> layers) {

    public static final String PARTNER = "partner";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER_MANIFEST = "MANIFEST.sha256";
    public static final String AUDITOR_MANIFEST = "audit/MANIFEST.sha256";

    public static final Integrity UNSEALED = new Integrity(List.of(unsealed(PARTNER, PARTNER_MANIFEST),
            unsealed(AUDITOR, AUDITOR_MANIFEST)));

    public Integrity {
        layers = List.copyOf(layers);
    }

    /** A bundle sealed by the partner's layer alone (or not at all), as bundles were before the auditor's layer. */
    public Integrity(boolean sealed, int filesVerified, List<IntegrityProblem> problems) {
        this(List.of(sealed ? new SealLayer(PARTNER, PARTNER_MANIFEST, true, filesVerified, problems)
                : unsealed(PARTNER, PARTNER_MANIFEST), unsealed(AUDITOR, AUDITOR_MANIFEST)));
    }

    /** A layer whose manifest the bundle does not have. */
    public static SealLayer unsealed(String owner, String manifest) {
        return new SealLayer(owner, manifest, false, 0, List.of());
    }

    /** Whether any layer is sealed. */
    public boolean sealed() {
        for (SealLayer layer : layers) {
            if (layer.sealed()) {
                return true;
            }
        }
        return false;
    }

    /** Files verified over all layers. */
    public int filesVerified() {
        int verified = 0;
        for (SealLayer layer : layers) {
            verified += layer.filesVerified();
        }
        return verified;
    }

    /** Every layer's problems, partner's first. */
    public List<IntegrityProblem> problems() {
        List<IntegrityProblem> problems = new ArrayList<>();
        for (SealLayer layer : layers) {
            problems.addAll(layer.problems());
        }
        return problems;
    }

    public boolean failed() {
        for (SealLayer layer : layers) {
            if (layer.failed()) {
                return true;
            }
        }
        return false;
    }

    /** The manifests of the layers that failed, for a one-line message: "MANIFEST.sha256 and audit/MANIFEST.sha256". */
    public String failedManifests() {
        List<String> names = new ArrayList<>();
        for (SealLayer layer : layers) {
            if (layer.failed()) {
                names.add(layer.manifest());
            }
        }
        return String.join(" and ", names);
    }
}
