package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.Answer;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code at-least}: "N or more of the following". The answer says met, lists at least
 * {@code minimum} distinct ids of the item's {@code options}, and has {@code minEvidence} evidence
 * references that resolve, as {@code attestation} asks. Unknown option ids in an answer are
 * refused before evaluation, with the checklist and self-assessment side by side.
 */
public final class AtLeastCheckType extends ParameterizedCheckType<AtLeastCheckType.Rule> {

    public static final String NAME = "at-least";
    private static final String MINIMUM = "minimum";
    private static final String OPTIONS = "options";
    private static final List<String> PARAMETERS = List.of(MINIMUM, OPTIONS, AttestationCheckType.MIN_EVIDENCE);
    private static final List<String> OPTION_KEYS = List.of("id", "title");

    /** The parameters as read: option titles by id, in checklist order; null numbers only when invalid. */
    record Rule(Long minimum, Map<String, String> options, long minEvidence) {
    }

    public AtLeastCheckType() {
        super(NAME, null);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        StringBuilder text = new StringBuilder("The response must say met and list at least ")
                .append(rule.minimum() == null ? "?" : rule.minimum())
                .append(" of these options under `options`: ");
        List<String> shown = new ArrayList<>();
        rule.options().forEach((id, title) -> shown.add(id + " (" + title + ")"));
        text.append(String.join(", ", shown));
        if (rule.minEvidence() > 0) {
            text.append("; with at least ").append(Plural.of(rule.minEvidence(), "evidence reference",
                    "evidence references")).append(", each of which resolves");
        }
        return text.append('.').toString();
    }

    @Override
    public boolean readsResponse() {
        return true;
    }

    @Override
    public long minEvidence(CheckSpec spec) {
        return AttestationCheckType.minEvidence(new Parameters(spec, PARAMETERS));
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
        Long minimum = parameters.count(MINIMUM, null, 1);
        Map<String, String> options = options(parameters);
        long minEvidence = AttestationCheckType.minEvidence(parameters);
        if (minimum != null && !options.isEmpty() && minimum > options.size()) {
            parameters.reject(parameters.position(MINIMUM), "parameter `" + MINIMUM + "` (" + minimum
                    + ") is more than the " + Plural.of(options.size(), "option", "options")
                    + " listed, so the item could never be met");
        }
        return new Rule(minimum, options, minEvidence);
    }

    /** {@code options: [{id, title}, ..]}: every entry a mapping with a unique id and a title. */
    private static Map<String, String> options(Parameters parameters) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!parameters.has(OPTIONS)) {
            parameters.missing(OPTIONS);
            return options;
        }
        Located<Object> value = parameters.located(OPTIONS).orElseThrow();
        if (!(value.value() instanceof List<?> list) || list.isEmpty()) {
            parameters.reject(value.position(), "parameter `" + OPTIONS + "` must list the options, each as"
                    + " { id: ..., title: ... }, not " + (value.value() instanceof List ? "an empty list"
                    : Parameters.describeType(value.value())));
            return options;
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> option) || !(option.get("id") instanceof String id) || id.isBlank()
                    || !(option.get("title") instanceof String title) || title.isBlank()
                    || !OPTION_KEYS.containsAll(option.keySet())) {
                parameters.reject(value.position(), "each entry of `" + OPTIONS
                        + "` must be { id: ..., title: ... } with text values and no other keys");
                continue;
            }
            if (options.putIfAbsent(id, title) != null) {
                parameters.reject(value.position(), "option id `" + id + "` is listed twice under `" + OPTIONS
                        + "`; give each option its own id");
            }
        }
        return options;
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        return AttestationCheckType.judge(context, rule.minEvidence(), answer -> lacking(answer, rule));
    }

    private static List<String> lacking(Answer answer, Rule rule) {
        Set<String> listed = new LinkedHashSet<>();
        for (Located<String> option : answer.options()) {
            listed.add(option.value());
        }
        if (listed.size() >= rule.minimum()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>(rule.options().keySet());
        missing.removeAll(listed);
        return List.of("lists " + Plural.of(listed.size(), "option", "options") + ", needs at least "
                + rule.minimum() + " of " + rule.options().size() + "; not listed: " + String.join(", ", missing));
    }
}
