package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Scope;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code case-study-count}: enough case studies under consideration (optionally delivered within
 * a recent window, optionally one per customer), and enough of them public.
 */
public final class CaseStudyCountCheckType extends ParameterizedCheckType<CaseStudyCountCheckType.Rule> {

    public static final String NAME = "case-study-count";
    private static final String MINIMUM = "minimum";
    private static final String MINIMUM_PUBLIC = "minimumPublic";
    private static final String WITHIN_MONTHS = "deliveredWithinMonths";
    private static final String DISTINCT = "distinctCustomers";
    private static final String ASSUMED = "assumed";
    private static final List<String> COUNTING = List.of(MINIMUM, MINIMUM_PUBLIC, WITHIN_MONTHS, DISTINCT);
    private static final List<String> PARAMETERS = List.of(MINIMUM, MINIMUM_PUBLIC, WITHIN_MONTHS, DISTINCT, ASSUMED);

    /**
     * The parameters as read; null numbers only when they did not validate. {@code assumed}: the
     * parameters whose values no public source confirms (the checklist's own choice).
     */
    record Rule(Long minimum, Long minimumPublic, Long withinMonths, boolean distinctCustomers, List<String> assumed) {

        String mark(String parameter) {
            return assumed.contains(parameter) ? " (assumed)" : "";
        }
    }

    public CaseStudyCountCheckType() {
        super(NAME, Subject.PARTNER);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        StringBuilder text = new StringBuilder("At least ")
                .append(rule.minimum() == null ? "? case studies" : Plural.of(rule.minimum(), "case study", "case studies"))
                .append(rule.mark(MINIMUM))
                .append(rule.distinctCustomers() ? " from distinct customers" + rule.mark(DISTINCT) : "");
        if (rule.minimumPublic() != null && rule.minimumPublic() > 0) {
            text.append(", ").append(rule.minimumPublic()).append(" of them public").append(rule.mark(MINIMUM_PUBLIC));
        }
        if (rule.withinMonths() != null) {
            text.append(", delivered within the last ").append(Plural.of(rule.withinMonths(), "month", "months"))
                    .append(rule.mark(WITHIN_MONTHS));
        }
        return text.append('.').toString();
    }

    @Override
    List<String> parameterNames() {
        return PARAMETERS;
    }

    @Override
    Rule read(Item item, Parameters parameters) {
        Rule rule = read(parameters);
        if (item.scope() != Scope.PARTNER) {
            parameters.reject(item.position(), "check type `" + NAME + "` counts all case studies at once: "
                    + "write `scope: " + Scope.PARTNER.yamlName() + "`");
        }
        return rule;
    }

    private static Rule read(Parameters parameters) {
        Long minimum = parameters.count(MINIMUM, null, 0);
        Long minimumPublic = parameters.count(MINIMUM_PUBLIC, 0L, 0);
        Long withinMonths = parameters.has(WITHIN_MONTHS) ? parameters.count(WITHIN_MONTHS, null, 1) : null;
        boolean distinct = parameters.flag(DISTINCT, false);
        List<String> assumed = AssumedParameters.read(parameters, ASSUMED, COUNTING);
        if (minimum != null && minimumPublic != null && minimumPublic > minimum) {
            parameters.reject(parameters.position(MINIMUM_PUBLIC),
                    "parameter `" + MINIMUM_PUBLIC + "` (" + minimumPublic + ") cannot be more than `"
                            + MINIMUM + "` (" + minimum + ")");
        }
        return new Rule(minimum, minimumPublic, withinMonths, distinct, assumed);
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        List<String> messages = new ArrayList<>();
        List<CaseStudy> counted = new ArrayList<>();
        for (CaseStudy caseStudy : context.consideredCaseStudies()) {
            String excluded = rule.withinMonths() == null ? null : outsideWindow(caseStudy, context.asOf(), rule);
            if (excluded == null) {
                counted.add(caseStudy);
            } else {
                messages.add(excluded);
            }
        }
        long total;
        long publicCount;
        if (rule.distinctCustomers()) {
            Map<String, Boolean> customers = byCustomer(counted, messages);
            total = customers.size();
            publicCount = 0;
            for (boolean anyPublic : customers.values()) {
                publicCount += anyPublic ? 1 : 0;
            }
            messages.add(Plural.of(total, "distinct customer counts", "distinct customers count")
                    + ", " + rule.minimum() + " needed");
            if (rule.minimumPublic() > 0) {
                messages.add(Plural.of(publicCount, "customer with a public case study counts",
                        "customers with a public case study count") + ", " + rule.minimumPublic() + " needed");
            }
        } else {
            total = counted.size();
            publicCount = 0;
            for (CaseStudy caseStudy : counted) {
                publicCount += caseStudy.isPublic() ? 1 : 0;
            }
            messages.add(Plural.of(total, "case study counts", "case studies count") + ", " + rule.minimum() + " needed");
            if (rule.minimumPublic() > 0) {
                messages.add(Plural.of(publicCount, "public case study counts", "public case studies count")
                        + ", " + rule.minimumPublic() + " needed");
            }
        }
        boolean met = total >= rule.minimum() && publicCount >= rule.minimumPublic();
        if (total < rule.minimum() && rule.assumed().contains(MINIMUM)) {
            messages.add(assumption(Plural.of(rule.minimum(), "case study", "case studies")));
        }
        if (publicCount < rule.minimumPublic() && rule.assumed().contains(MINIMUM_PUBLIC)) {
            messages.add(assumption(Plural.of(rule.minimumPublic(), "public case study", "public case studies")));
        }
        // the count concerns the case-study list as a whole, which has no line of its own in the model
        SourcePosition location = context.assessment().fieldPosition("caseStudies", context.assessment().position());
        return met ? CheckOutcome.met(location, messages) : CheckOutcome.unmet(location, messages);
    }

    /** Says that a minimum the partner falls short of is this checklist's choice, not a published one. */
    private static String assumption(String minimum) {
        return "the minimum of " + minimum + " is this checklist's assumption: no public source states it; AWS or"
                + " the auditor may expect another number";
    }

    /** Why a case study falls outside the delivery window, or null when it is inside (both ends count). */
    private static String outsideWindow(CaseStudy caseStudy, LocalDate asOf, Rule rule) {
        if (caseStudy.dateDelivered() == null) {
            return "case study " + caseStudy.id() + " does not count: no dateDelivered";
        }
        LocalDate from = asOf.minusMonths(rule.withinMonths());
        LocalDate delivered = caseStudy.dateDelivered();
        if (delivered.isBefore(from) || delivered.isAfter(asOf)) {
            return "case study " + caseStudy.id() + " does not count: delivered " + delivered
                    + ", outside the window " + from + " to " + asOf;
        }
        return null;
    }

    /** Customer (trimmed, case-insensitive) to whether any of its case studies is public, in first-seen order. */
    private static Map<String, Boolean> byCustomer(List<CaseStudy> counted, List<String> messages) {
        Map<String, Boolean> customers = new LinkedHashMap<>();
        Map<String, String> firstCaseStudy = new LinkedHashMap<>();
        for (CaseStudy caseStudy : counted) {
            String customer = caseStudy.customer() == null || caseStudy.customer().isBlank()
                    ? "case study " + caseStudy.id() : caseStudy.customer().trim().toLowerCase(Locale.ROOT);
            String first = firstCaseStudy.putIfAbsent(customer, caseStudy.id());
            if (first != null) {
                messages.add("case study " + caseStudy.id() + " has the same customer as " + first + " and counts once");
            }
            customers.put(customer, customers.getOrDefault(customer, false) || caseStudy.isPublic());
        }
        return customers;
    }
}
