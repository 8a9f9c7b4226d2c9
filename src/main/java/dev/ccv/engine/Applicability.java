package dev.ccv.engine;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Item;
import dev.ccv.model.PartnerApplicant;
import dev.ccv.model.Section;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Solution;
import dev.ccv.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Decides whether an item applies to this solution (and case study), and says why not when it does not. */
final class Applicability {

    private static final String OPERATES = "operatesAwsEnvironment";

    private Applicability() {
    }

    /**
     * A not-applicable outcome naming the first condition that fails, or empty when the item applies.
     * {@code considered} are the case studies still under consideration (for partner-scoped items).
     */
    static Optional<CheckOutcome> whyNot(Section section, Item item, SelfAssessment assessment, CaseStudy caseStudy,
                                         List<CaseStudy> considered) {
        AppliesTo appliesTo;
        try {
            appliesTo = section.appliesToOf(item);
        } catch (IllegalArgumentException contradiction) {
            // the section and the item ask for opposite flags: no solution can satisfy both
            return Optional.of(CheckOutcome.notApplicable(item.position(),
                    "does not apply: the item's conditions contradict its section's"));
        }
        if (!(assessment.applicant() instanceof PartnerApplicant)) {
            // an individual checklist has no appliesTo: its loader refuses one
            return Optional.empty();
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
        if (operates != null) {
            Optional<CheckOutcome> why = caseStudy == null
                    ? whyNotOperated(operates, assessment, considered) : whyNotOperated(operates, assessment, caseStudy);
            if (why.isPresent()) {
                return why;
            }
        }
        Boolean wantsPublic = appliesTo.publicCaseStudy();
        if (caseStudy != null && wantsPublic != null && wantsPublic != caseStudy.isPublic()) {
            return Optional.of(CheckOutcome.notApplicable(caseStudy.position(), "does not apply: case study "
                    + caseStudy.id() + (caseStudy.isPublic() ? " is public" : " is not public")));
        }
        return Optional.empty();
    }

    /** A case-study-scoped item tests the case study's own value (the solution's when it gives none). */
    private static Optional<CheckOutcome> whyNotOperated(boolean wanted, SelfAssessment assessment, CaseStudy caseStudy) {
        if (caseStudy.operatesAwsEnvironment() == null) {
            return whyNotOperatedBySolution(wanted, assessment);
        }
        boolean operated = caseStudy.operatesAwsEnvironment();
        if (operated == wanted) {
            return Optional.empty();
        }
        SourcePosition where = caseStudy.fields().containsKey(OPERATES)
                ? caseStudy.fields().get(OPERATES).position() : caseStudy.position();
        return Optional.of(CheckOutcome.notApplicable(where, "does not apply:"
                + " case study " + caseStudy.id() + (operated ? " operates" : " does not operate")
                + " an AWS environment"));
    }

    private static Optional<CheckOutcome> whyNotOperatedBySolution(boolean wanted, SelfAssessment assessment) {
        Solution solution = assessment.solution();
        if (solution.operatesAwsEnvironment() == wanted) {
            return Optional.empty();
        }
        return notApplicable(assessment, "solution." + OPERATES, solution, wanted
                ? "does not apply: the solution does not operate an AWS environment"
                : "does not apply: the solution operates an AWS environment");
    }

    /**
     * A partner-scoped item: an AWS environment is operated when the solution or any case study
     * under consideration operates one (the program asks about the solution or a case study).
     */
    private static Optional<CheckOutcome> whyNotOperated(boolean wanted, SelfAssessment assessment,
                                                         List<CaseStudy> considered) {
        Solution solution = assessment.solution();
        CaseStudy operating = null;
        for (CaseStudy caseStudy : considered) {
            if (caseStudy.operatesAwsEnvironment(solution)) {
                operating = caseStudy;
                break;
            }
        }
        boolean operated = solution.operatesAwsEnvironment() || operating != null;
        if (operated == wanted) {
            return Optional.empty();
        }
        if (!operated) {
            boolean anySays = considered.stream().anyMatch(caseStudy -> caseStudy.operatesAwsEnvironment() != null);
            return anySays ? notApplicable(assessment, "solution." + OPERATES, solution, "does not apply: neither the"
                    + " solution nor any case study under consideration operates an AWS environment")
                    : whyNotOperatedBySolution(wanted, assessment);
        }
        return solution.operatesAwsEnvironment()
                ? notApplicable(assessment, "solution." + OPERATES, solution,
                        "does not apply: the solution operates an AWS environment")
                : Optional.of(CheckOutcome.notApplicable(operating.position(), "does not apply: case study "
                        + operating.id() + " operates an AWS environment"));
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
