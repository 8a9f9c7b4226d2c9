package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code corporate-events}: applies the program's rules on mergers, acquisitions and divestitures
 * to the events the partner declares; each event adds a note on what the program expects next.
 * With {@code require: impactDescription} it asks only that every acquisition describes its
 * impact, for an item of its own (usually recommended, so a missing description is an observation).
 */
public final class CorporateEventsCheckType extends ParameterizedCheckType<CorporateEventsCheckType.Rule> {

    public static final String NAME = "corporate-events";
    private static final String REQUIRE = "require";
    private static final String IMPACT_DESCRIPTION = "impactDescription";

    /** {@code impactDescriptions}: only whether every acquisition describes its impact. */
    record Rule(boolean impactDescriptions) {
    }

    public CorporateEventsCheckType() {
        super(NAME, Subject.PARTNER);
    }

    @Override
    public String describe(CheckSpec spec) {
        if (spec.parameters().containsKey(REQUIRE)) {
            return "Every acquisition must describe its impact on the competency solution (impactDescription).";
        }
        return "Mergers, acquisitions and divestitures must follow the program's rules.";
    }

    @Override
    List<String> parameterNames() {
        return List.of(REQUIRE);
    }

    @Override
    Rule read(Item item, Parameters parameters) {
        if (!parameters.has(REQUIRE)) {
            return new Rule(false);
        }
        String required = parameters.text(REQUIRE);
        if (required != null && !required.equals(IMPACT_DESCRIPTION)) {
            String message = "parameter `" + REQUIRE + "` can only be `" + IMPACT_DESCRIPTION + "`, not `" + required + "`";
            if (Suggestions.nearest(required, List.of(IMPACT_DESCRIPTION)).isPresent()) {
                parameters.reject(parameters.position(REQUIRE), message, IMPACT_DESCRIPTION);
            } else {
                parameters.reject(parameters.position(REQUIRE), message);
            }
        }
        return new Rule(true);
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        List<CorporateEvent> events = context.assessment().corporateEvents();
        if (events.isEmpty()) {
            SourcePosition where =
                    context.assessment().fieldPosition("corporateEvents", context.assessment().position());
            return CheckOutcome.met(where, "no mergers, acquisitions or divestitures declared");
        }
        return rule.impactDescriptions() ? ImpactDescriptions.evaluate(events)
                : programRules(events, context.assessment().partner().holdsCompetency(), context.item().id());
    }

    private static CheckOutcome programRules(List<CorporateEvent> events, Boolean holdsCompetency, String itemId) {
        List<String> messages = new ArrayList<>();
        SourcePosition firstUnmet = null;
        for (CorporateEvent event : events) {
            MergerRules.Ruling ruling = MergerRules.rule(event, holdsCompetency, itemId);
            messages.addAll(ruling.notes());
            if (!ruling.met() && firstUnmet == null) {
                firstUnmet = event.position();
            }
        }
        return firstUnmet == null ? CheckOutcome.met(events.get(0).position(), messages)
                : CheckOutcome.unmet(firstUnmet, messages);
    }

    /** {@code require: impactDescription}: each acquisition without a description is named at its line. */
    private static final class ImpactDescriptions {

        static CheckOutcome evaluate(List<CorporateEvent> events) {
            List<String> missing = new ArrayList<>();
            SourcePosition first = null;
            int acquisitions = 0;
            for (CorporateEvent event : events) {
                if (event.type() != CorporateEventType.ACQUIRED) {
                    continue;
                }
                acquisitions++;
                if (event.impactDescription() == null || event.impactDescription().isBlank()) {
                    // the result is located at the first one; the others say their own line
                    String where = first == null ? "" : " (line " + event.position().line() + ")";
                    missing.add("acquired " + MergerRules.name(event) + where
                            + ": no impactDescription; describe what the acquisition changes in the competency"
                            + " solution and practice, e.g. impactDescription: \"its engineers joined our practice\"");
                    first = first == null ? event.position() : first;
                }
            }
            if (first != null) {
                return CheckOutcome.unmet(first, missing);
            }
            return CheckOutcome.met(events.get(0).position(), acquisitions == 0 ? "no acquisitions declared"
                    : Plural.of(acquisitions, "acquisition describes its impact", "acquisitions describe their impact"));
        }
    }
}
