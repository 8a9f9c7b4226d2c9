package dev.ccv.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When an item applies. Every condition is optional (null means "any"); conditions are ANDed.
 * {@code publicCaseStudy} is only meaningful for case-study-scoped items.
 */
public record AppliesTo(
        List<String> solutionCategories,
        List<String> deploymentTypes,
        Boolean operatesAwsEnvironment,
        Boolean publicCaseStudy) {

    public static final AppliesTo ALWAYS = new AppliesTo(null, null, null, null);

    public AppliesTo {
        solutionCategories = solutionCategories == null ? null : List.copyOf(solutionCategories);
        deploymentTypes = deploymentTypes == null ? null : List.copyOf(deploymentTypes);
    }

    /** Both conditions at once: lists are intersected, flags must agree. */
    public AppliesTo and(AppliesTo other) {
        return new AppliesTo(
                intersect(solutionCategories, other.solutionCategories),
                intersect(deploymentTypes, other.deploymentTypes),
                both(operatesAwsEnvironment, other.operatesAwsEnvironment),
                both(publicCaseStudy, other.publicCaseStudy));
    }

    public boolean isAlways() {
        return equals(ALWAYS);
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<String> kept = new LinkedHashSet<>(a);
        kept.retainAll(b);
        return List.copyOf(kept);
    }

    /** Two flags that disagree can never both hold; an empty category list expresses "never". */
    private static Boolean both(Boolean a, Boolean b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        throw new IllegalArgumentException("contradictory appliesTo flags");
    }
}
