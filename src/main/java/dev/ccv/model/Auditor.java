package dev.ccv.model;

/** One person of the audit team, as the audit record names them; {@code role} may be null. */
public record Auditor(String name, String role, SourcePosition position) {
}
