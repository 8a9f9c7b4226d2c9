package dev.ccv.report.sarif;

import dev.ccv.model.result.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across runs: the SHA-256 of checklist, item and case study. Line numbers,
 * messages and state are left out on purpose, so editing the self-assessment or remediating a
 * finding does not make code scanning see a new one.
 */
public final class FindingFingerprint {

    /** The {@code partialFingerprints} key; the suffix versions the recipe. */
    public static final String KEY = "ccvFinding/v1";

    private FindingFingerprint() {
    }

    public static String of(String checklistId, Finding finding) {
        String identity = String.join("\u0000", checklistId, finding.itemId(),
                finding.caseStudyId() == null ? "" : finding.caseStudyId());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
