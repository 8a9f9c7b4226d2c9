package dev.ccv.model;

/**
 * The partner solution being validated. {@code category} and {@code deploymentType} are null
 * when the checklist declares none.
 */
public record Solution(
        String name,
        String category,
        String deploymentType,
        boolean operatesAwsEnvironment,
        SourcePosition position) {
}
