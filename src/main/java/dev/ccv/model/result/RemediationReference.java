package dev.ccv.model.result;

/**
 * One remediation evidence reference of a finding, as reports show it: the reference as written,
 * whether it resolved (a local file that exists, or an https:// URL, recorded but never fetched),
 * and the SHA-256 of a local file that exists, else null.
 */
public record RemediationReference(String ref, boolean resolved, String sha256) {
}
