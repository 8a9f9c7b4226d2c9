package dev.ccv.bundle;

import dev.ccv.model.result.Integrity;

/**
 * The two layers of a bundle's seal and the files each covers. The partner's manifest covers
 * every file but {@code audit.yaml} and the folder {@code audit/}, which belong to the auditor:
 * adding them to a sealed bundle leaves the partner's seal whole. The auditor's manifest, in
 * {@code audit/}, covers exactly those.
 */
public enum SealScope {
    PARTNER(Integrity.PARTNER, Integrity.PARTNER_MANIFEST),
    AUDITOR(Integrity.AUDITOR, Integrity.AUDITOR_MANIFEST);

    static final String AUDIT_RECORD = "audit.yaml";
    static final String AUDIT_FOLDER = "audit/";

    private final String owner;
    private final String manifest;

    SealScope(String owner, String manifest) {
        this.owner = owner;
        this.manifest = manifest;
    }

    public String owner() {
        return owner;
    }

    /** The manifest's path in the bundle, with '/'. */
    public String manifest() {
        return manifest;
    }

    /** Whether this layer seals the file of that bundle path; never its own manifest. */
    public boolean covers(String path) {
        if (path.equals(Integrity.PARTNER_MANIFEST) || path.equals(Integrity.AUDITOR_MANIFEST)) {
            return false;
        }
        boolean auditors = path.equals(AUDIT_RECORD) || path.startsWith(AUDIT_FOLDER);
        return this == AUDITOR ? auditors : !auditors;
    }

    /** The layer that covers a bundle path. */
    static SealScope of(String path) {
        return AUDITOR.covers(path) ? AUDITOR : PARTNER;
    }
}
