package dev.ccv.engine;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Solution;
import dev.ccv.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Decides whether an item applies to this solution (and case study), and says why not when it does not. */
final class Applicability {

    private Applicability() {
    }

    /** A not-applicable outcome naming the first condition that fails, or empty when the item applies. */
    static Optional<CheckOutcome> whyNot(Section section, Item item, SelfAssessment assessment, CaseStudy caseStudy) {
        AppliesTo appliesTo;
        try {
            appliesTo = section.appliesToOf(item);
        } catch (IllegalArgumentException contradiction) {
            // the section and the item ask for opposite flags: no solution can satisfy both
            return Optional.of(CheckOutcome.notApplicable(item.position(),
                    "does not apply: the item's conditions contradict its section's"));
        }
        Solution solution = assessment.solution();
        if (!allows(appliesTo.solutionCategories(), solution.category())) {
            return notApplicable(assessment, "solution.category", solution,
                    "does not apply: solution category is " + shown(solution.category()));
        }
        if (!allows(appliesTo.deploymentTypes(), solution.deploymentType())) {
            return notApplicable(assessment, "solution.deploymentType", solution,
                    "does not apply: deployment type is " + shown(solution.deploymentType()));
        }
        Boolean operates = appliesTo.operatesAwsEnvironment();
        if (operates != null && operates != solution.operatesAwsEnvironment()) {
            return notApplicable(assessment, "solution.operatesAwsEnvironment", solution, operates
                    ? "does not apply: the solution does not operate an AWS environment"
                    : "does not apply: the solution operates an AWS environment");
        }
        Boolean wantsPublic = appliesTo.publicCaseStudy();
        if (caseStudy != null && wantsPublic != null && wantsPublic != caseStudy.isPublic()) {
            return Optional.of(CheckOutcome.notApplicable(caseStudy.position(), "does not apply: case study "
                    + caseStudy.id() + (caseStudy.isPublic() ? " is public" : " is not public")));
        }
        return Optional.empty();
    }

    private static boolean allows(List<String> allowed, String value) {
        return allowed == null || (value != null && allowed.contains(value));
    }

    private static String shown(String value) {
        return value == null ? "not given" : value;
    }

    private static Optional<CheckOutcome> notApplicable(SelfAssessment assessment, String field, Solution solution,
                                                        String message) {
        SourcePosition location = assessment.fieldPosition(field, solution.position());
        return Optional.of(CheckOutcome.notApplicable(location, message));
    }
}
