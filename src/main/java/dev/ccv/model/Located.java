package dev.ccv.model;

/**
 * A value read from YAML with where it stood. Values are plain Java: String, Boolean, Long,
 * Double, LocalDate, List and Map of these.
 */
public record Located<T>(T value, SourcePosition position) {
}
