package dev.ccv.model;

/** The individual's employer: whether it is an AWS Partner, and at which tier (null when not given). */
public record Employer(String name, boolean apnPartner, Tier tier, SourcePosition position) {
}
