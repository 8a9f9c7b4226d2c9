package dev.ccv.engine.checks;

import dev.ccv.engine.CaseStudyEvidence;
import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Evidence;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Scope;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code case-study-fields}: each listed case-study field is present and not empty; when the list
 * names {@code evidence}, every local file of the case study's evidence must exist as well.
 */
public final class CaseStudyFieldsCheckType extends ParameterizedCheckType<List<String>> {

    public static final String NAME = "case-study-fields";
    private static final String REQUIRED = "required";
    private static final String EVIDENCE = "evidence";

    /** The fields a case study may have, as the self-assessment names them. */
    static final List<String> CASE_STUDY_FIELDS = List.of("id", "customer", "public", "url", "introduction",
            "challenge", "solution", "awsServices", "thirdPartyTools", "dateDelivered", "outcomes", "evidence");

    public CaseStudyFieldsCheckType() {
        super(NAME, Subject.PARTNER);
    }

    @Override
    public String describe(CheckSpec spec) {
        List<String> required = required(new Parameters(spec, List.of(REQUIRED)));
        return "Each case study must give " + (required == null ? "?" : String.join(", ", required)) + ".";
    }

    @Override
    List<String> parameterNames() {
        return List.of(REQUIRED);
    }

    @Override
    List<String> read(Item item, Parameters parameters) {
        List<String> required = required(parameters);
        if (item.scope() != Scope.CASE_STUDY) {
            parameters.reject(item.position(), "check type `" + NAME + "` checks one case study at a time: "
                    + "write `scope: " + Scope.CASE_STUDY.yamlName() + "`");
        }
        return required;
    }

    private static List<String> required(Parameters parameters) {
        List<String> required = parameters.texts(REQUIRED);
        if (required == null) {
            return null;
        }
        SourcePosition position = parameters.position(REQUIRED);
        for (String field : required) {
            if (!CASE_STUDY_FIELDS.contains(field)) {
                String message = "unknown case-study field `" + field + "` in parameter `" + REQUIRED + "`";
                Optional<String> suggestion = Suggestions.nearest(field, CASE_STUDY_FIELDS);
                parameters.reject(position, suggestion.isPresent() ? message
                        : message + "; case-study fields are " + String.join(", ", CASE_STUDY_FIELDS),
                        suggestion.orElse(null));
            }
        }
        return required;
    }

    @Override
    CheckOutcome evaluate(CheckContext context, List<String> required) {
        CaseStudy caseStudy = context.caseStudy();
        List<String> problems = new ArrayList<>();
        SourcePosition location = caseStudy.position();
        for (String field : required) {
            if (isEmpty(caseStudy.fields().get(field))) {
                problems.add("case study " + caseStudy.id() + ": missing " + field);
            }
        }
        if (problems.isEmpty() && required.contains(EVIDENCE)) {
            // the case study's own evidence resolves like every other reference: each file must exist
            for (Evidence evidence : caseStudy.evidence()) {
                if (evidence instanceof Evidence.Local local && !local.exists()) {
                    location = problems.isEmpty() ? local.position() : location;
                    problems.add(CaseStudyEvidence.evidenceNotFound(caseStudy.id(), local.reference()));
                }
            }
        }
        return problems.isEmpty() ? CheckOutcome.met(caseStudy.position())
                : CheckOutcome.unmet(location, problems);
    }

    private static boolean isEmpty(Located<Object> field) {
        if (field == null || field.value() == null) {
            return true;
        }
        if (field.value() instanceof String text) {
            return text.isBlank();
        }
        return field.value() instanceof List<?> list && list.isEmpty();
    }
}
