package dev.ccv.model;

/**
 * The applicant. Optional fields are null when absent; {@code holdsCompetency} says whether the
 * partner already holds the competency applied for (a renewal), null when the file does not say.
 */
public record Partner(String name, Tier tier, String apnId, String landingPage, Boolean holdsCompetency,
                      SourcePosition position) {
}
