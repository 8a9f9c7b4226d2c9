package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code field}: the self-assessment value at {@code path} satisfies exactly one condition
 * ({@code present}, {@code https}, {@code equals}, {@code oneOf}, {@code min} or {@code matches}).
 */
public final class FieldCheckType extends ParameterizedCheckType<FieldCheckType.Rule> {

    public static final String NAME = "field";
    private static final String PATH = "path";
    private static final List<String> PARAMETERS = List.of(PATH, "present", "https", "equals", "oneOf", "min",
            "matches");

    /** The paths only a partner's self-assessment has. */
    static final List<String> PARTNER_FIELDS = List.of(
            "partner.name", "partner.tier", "partner.apnId", "partner.landingPage", "partner.holdsCompetency",
            "solution.name", "solution.category", "solution.deploymentType", "solution.operatesAwsEnvironment",
            "caseStudies", "corporateEvents");

    /** The paths only an individual's self-assessment has (lists: their length, with {@code min}). */
    static final List<String> INDIVIDUAL_FIELDS = List.of("applicant.name", "applicant.email", "applicant.student",
            "applicant.employer.name", "applicant.employer.apnPartner", "applicant.employer.tier",
            "certifications", "contributions", "nominations");

    /** The self-assessment paths a field check may name: every scalar or list outside case studies and responses. */
    static final List<String> SELF_ASSESSMENT_FIELDS = allFields();

    private static List<String> allFields() {
        List<String> all = new java.util.ArrayList<>(List.of("checklist", "checklistVersion"));
        all.addAll(PARTNER_FIELDS);
        all.addAll(INDIVIDUAL_FIELDS);
        return List.copyOf(all);
    }

    /** The only kind of self-assessment that has this path; empty for paths both have (and unknown ones). */
    public static Optional<Subject> subjectOfPath(String path) {
        if (PARTNER_FIELDS.contains(path)) {
            return Optional.of(Subject.PARTNER);
        }
        return INDIVIDUAL_FIELDS.contains(path) ? Optional.of(Subject.INDIVIDUAL) : Optional.empty();
    }

    /** The path a field check names, as written; null when the item has another check or no text path. */
    public static Located<Object> pathOf(CheckSpec spec) {
        Located<Object> path = spec.parameters().get(PATH);
        return NAME.equals(spec.type()) && path != null && path.value() instanceof String ? path : null;
    }

    record Rule(String path, FieldCondition condition) {
    }

    public FieldCheckType() {
        super(NAME, null);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        String path = rule.path() == null ? "?" : rule.path();
        return rule.condition() == null ? path + " must be checked." : rule.condition().describe(path);
    }

    @Override
    List<String> parameterNames() {
        return PARAMETERS;
    }

    @Override
    Rule read(Item item, Parameters parameters) {
        return read(parameters);
    }

    private static Rule read(Parameters parameters) {
        String path = parameters.text(PATH);
        if (path != null && !SELF_ASSESSMENT_FIELDS.contains(path)) {
            String message = "unknown self-assessment field `" + path + "` in parameter `" + PATH + "`";
            Optional<String> suggestion = Suggestions.nearest(path, SELF_ASSESSMENT_FIELDS);
            parameters.reject(parameters.position(PATH),
                    suggestion.isPresent() ? message
                            : message + "; fields are " + String.join(", ", SELF_ASSESSMENT_FIELDS),
                    suggestion.orElse(null));
        }
        return new Rule(path, condition(parameters));
    }

    /** The one condition given; with none or several, an error and null. */
    private static FieldCondition condition(Parameters parameters) {
        List<String> given = FieldCondition.NAMES.stream().filter(parameters::has)
                .sorted((a, b) -> inOrderWritten(parameters.position(a), parameters.position(b)))
                .toList();
        String choices = String.join(", ", FieldCondition.NAMES);
        if (given.isEmpty()) {
            parameters.reject(parameters.specPosition(), "check type `" + NAME + "` needs exactly one of " + choices);
            return null;
        }
        if (given.size() > 1) {
            parameters.reject(parameters.position(given.get(1)), "parameters `" + given.get(0) + "` and `"
                    + given.get(1) + "` cannot be combined: give exactly one of " + choices);
            return null;
        }
        return FieldCondition.read(given.get(0), parameters);
    }

    /**
     * Line, then column. Not through Comparator.comparing: its lambdas are serializable, which the
     * class-data archive does not keep, so the JVM would generate their classes at every start.
     */
    private static int inOrderWritten(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        Located<Object> field = context.assessment().field(rule.path()).orElse(null);
        if (field == null || field.value() == null) {
            return CheckOutcome.unmet(context.assessment().position(), rule.path() + " is missing");
        }
        SourcePosition location = field.position();
        String problem = rule.condition().problem(rule.path(), field.value());
        return problem == null ? CheckOutcome.met(location) : CheckOutcome.unmet(location, problem);
    }
}
