package dev.ccv.engine.checks;

import dev.ccv.engine.Check;
import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.CheckType;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code corporate-events}: applies the program's rules on mergers, acquisitions and divestitures
 * to the events the partner declares; each event adds a note on what the program expects next.
 */
public final class CorporateEventsCheck implements CheckType {

    public static final String NAME = "corporate-events";

    /** What the program makes of one event: whether it can be met, and the notes for the reader. */
    private record Ruling(boolean met, List<String> notes) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Subject> subject() {
        return Optional.of(Subject.PARTNER);
    }

    @Override
    public String describe(CheckSpec spec) {
        return "Mergers, acquisitions and divestitures must follow the program's rules.";
    }

    @Override
    public List<InputError> validate(Item item) {
        return new Parameters(item, List.of()).errors();
    }

    @Override
    public Check create(Item item) {
        new Parameters(item, List.of()).requireValid();
        return CorporateEventsCheck::evaluate;
    }

    private static CheckOutcome evaluate(CheckContext context) {
        List<CorporateEvent> events = context.assessment().corporateEvents();
        if (events.isEmpty()) {
            SourcePosition where =
                    context.assessment().fieldPosition("corporateEvents", context.assessment().position());
            return CheckOutcome.met(where, "no mergers, acquisitions or divestitures declared");
        }
        List<String> messages = new ArrayList<>();
        SourcePosition firstUnmet = null;
        for (CorporateEvent event : events) {
            Ruling ruling = rule(event);
            messages.addAll(ruling.notes());
            if (!ruling.met() && firstUnmet == null) {
                firstUnmet = event.position();
            }
        }
        return firstUnmet == null ? CheckOutcome.met(events.get(0).position(), messages)
                : CheckOutcome.unmet(firstUnmet, messages);
    }

    private static Ruling rule(CorporateEvent event) {
        String counterparty = event.counterparty() == null || event.counterparty().isBlank()
                ? "an unnamed business" : event.counterparty();
        return switch (event.type()) {
            case ACQUIRED -> acquired(event, counterparty);
            case ACQUIRED_BY -> acquiredBy(event, counterparty);
            case DIVESTED -> divested(event, counterparty);
        };
    }

    private static Ruling acquired(CorporateEvent event, String counterparty) {
        if (event.counterpartyIsCompetencyPartner()) {
            return new Ruling(true, List.of("acquired " + counterparty + ", a competency partner: "
                    + "the consolidated entity is assessed at whichever of the two renewals comes first"));
        }
        List<String> notes = new ArrayList<>();
        notes.add("acquired " + counterparty + ": no immediate action; describe the impact on the competency "
                + "solution at the next validation");
        if (event.impactDescription() == null || event.impactDescription().isBlank()) {
            notes.add("acquired " + counterparty + ": an impactDescription is recommended");
        }
        return new Ruling(true, notes);
    }

    private static Ruling acquiredBy(CorporateEvent event, String counterparty) {
        if (event.counterpartyIsCompetencyPartner()) {
            return new Ruling(true, List.of("acquired by " + counterparty + ", a competency partner: "
                    + "the consolidated entity is assessed at whichever of the two renewals comes first"));
        }
        return new Ruling(false, List.of("acquired by " + counterparty + ", not a competency partner: "
                + "the acquiring partner must apply and be validated as a new competency partner"));
    }

    private static Ruling divested(CorporateEvent event, String counterparty) {
        String divestiture = "divestiture (" + counterparty + ")";
        if (!event.affectsCompetencyPractice()) {
            return new Ruling(true, List.of(divestiture + ": does not affect the competency practice"));
        }
        List<String> notes = new ArrayList<>();
        boolean met = true;
        if (!event.disclosed()) {
            met = false;
            notes.add(divestiture + ": a divestiture that affects the competency practice must be disclosed "
                    + "to AWS at once (disclosed: true)");
        }
        if (event.significant()) {
            met = false;
            notes.add(divestiture + ": a significant impact on the competency practice removes the partner "
                    + "from the program");
        } else if (event.disclosed()) {
            notes.add(divestiture + ": highlight its impact on the business at the next renewal");
        }
        notes.add(divestiture + ": the divested business must apply to the program as a new partner");
        return new Ruling(met, notes);
    }
}
