package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.ContributionWindow;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Contribution;
import dev.ccv.model.ContributionType;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code contribution-count}: enough community contributions of the given types, dated within the
 * window (as-of minus N months to as-of, both days included), covering enough different types, each
 * with an {@code https://} URL when {@code requireUrl}.
 */
public final class ContributionCountCheckType extends ParameterizedCheckType<ContributionCountCheckType.Rule> {

    public static final String NAME = ContributionWindow.CHECK_TYPE;
    private static final String MINIMUM = "minimum";
    private static final String TYPES = "types";
    private static final String WITHIN_MONTHS = ContributionWindow.PARAMETER;
    private static final String DISTINCT_TYPES = "distinctTypes";
    private static final String REQUIRE_URL = "requireUrl";
    private static final List<String> PARAMETERS = List.of(MINIMUM, TYPES, WITHIN_MONTHS, DISTINCT_TYPES, REQUIRE_URL);

    /** {@code types} null means every type, {@code withinMonths} null no window. */
    record Rule(Long minimum, Set<ContributionType> types, Long withinMonths, Long distinctTypes, boolean requireUrl) {
    }

    public ContributionCountCheckType() {
        super(NAME, Subject.INDIVIDUAL);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        boolean one = Long.valueOf(1).equals(rule.minimum());
        StringBuilder text = new StringBuilder("At least ")
                .append(rule.minimum() == null ? "?" : rule.minimum())
                .append(one ? " contribution" : " contributions")
                .append(rule.types() == null ? "" : " of type " + NamedChoices.shown(rule.types()));
        if (rule.withinMonths() != null) {
            text.append(" within the last ").append(rule.withinMonths() == 1 ? "month"
                    : Plural.of(rule.withinMonths(), "month", "months"));
        }
        if (rule.distinctTypes() != null && rule.distinctTypes() > 1) {
            text.append(", of at least ").append(rule.distinctTypes()).append(" different types");
        }
        if (rule.requireUrl()) {
            text.append(", each with an https:// URL");
        }
        return text.append('.').toString();
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
        Set<ContributionType> types = NamedChoices.read(parameters, TYPES, ContributionType.values());
        Long withinMonths = parameters.has(WITHIN_MONTHS) ? parameters.count(WITHIN_MONTHS, null, 1) : null;
        Long distinctTypes = parameters.count(DISTINCT_TYPES, 0L, 0);
        if (distinctTypes != null && minimum != null && distinctTypes > minimum) {
            parameters.reject(parameters.position(DISTINCT_TYPES), "parameter `" + DISTINCT_TYPES + "` ("
                    + distinctTypes + ") cannot be more than `" + MINIMUM + "` (" + minimum + ")");
        } else if (distinctTypes != null && types != null && distinctTypes > types.size()) {
            parameters.reject(parameters.position(DISTINCT_TYPES), "parameter `" + DISTINCT_TYPES + "` ("
                    + distinctTypes + ") cannot be more than the " + types.size() + " listed in `" + TYPES + "`");
        }
        return new Rule(minimum, types, withinMonths, distinctTypes, parameters.flag(REQUIRE_URL, false));
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        List<String> messages = new ArrayList<>();
        int counted = 0;
        Set<ContributionType> types = new LinkedHashSet<>();
        for (Contribution contribution : Individuals.of(context).contributions()) {
            String excluded = whyNotCounted(contribution, context.asOf(), rule);
            if (excluded == null) {
                counted++;
                types.add(contribution.type());
            } else {
                messages.add("contribution " + contribution.id() + " does not count: " + excluded);
            }
        }
        messages.add(Plural.of(counted, "contribution counts", "contributions count") + ", " + rule.minimum()
                + " needed");
        if (rule.distinctTypes() > 0) {
            messages.add(Plural.of(types.size(), "type", "types") + " covered, " + rule.distinctTypes() + " needed");
        }
        SourcePosition location = context.assessment().fieldPosition("contributions", context.assessment().position());
        boolean met = counted >= rule.minimum() && types.size() >= rule.distinctTypes();
        return met ? CheckOutcome.met(location, messages) : CheckOutcome.unmet(location, messages);
    }

    /** Why a contribution does not count, or null when it does. */
    private static String whyNotCounted(Contribution contribution, LocalDate asOf, Rule rule) {
        if (rule.types() != null && !rule.types().contains(contribution.type())) {
            return "type " + contribution.type().yamlName() + " is not " + NamedChoices.shown(rule.types());
        }
        if (rule.withinMonths() != null) {
            LocalDate from = asOf.minusMonths(rule.withinMonths());
            if (contribution.date().isBefore(from) || contribution.date().isAfter(asOf)) {
                return "dated " + contribution.date() + ", outside the window " + from + " to " + asOf;
            }
        }
        if (rule.requireUrl() && !FieldCondition.Https.isHttpsUrl(contribution.url())) {
            return contribution.url() == null ? "no url" : "url is not an https:// URL";
        }
        return null;
    }
}
