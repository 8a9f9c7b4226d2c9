package dev.ccv.model;

/** The applicant. Optional fields are null when absent. */
public record Partner(String name, Tier tier, String apnId, String landingPage, SourcePosition position) {
}
