package dev.ccv.model.result;

/** One file of a sealed bundle that does not match its manifest: tampered, missing or unlisted. */
public record IntegrityProblem(String path, String problem) {
}
