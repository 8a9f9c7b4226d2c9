package dev.ccv.model;

/**
 * The individual applicant. {@code email} is personal data (dropped by redaction); {@code employer}
 * and {@code email} are null when not given, {@code student} false.
 */
public record Person(String name, String email, Employer employer, boolean student, SourcePosition position) {
}
