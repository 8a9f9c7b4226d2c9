package dev.ccv.engine.checks;

import dev.ccv.model.CorporateEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The program guide's rules on mergers, acquisitions and divestitures, one event at a time: whether
 * the event still allows the competency, and what the partner must do next.
 */
final class MergerRules {

    /** What the program makes of one event: whether it can be met, and the notes for the reader. */
    record Ruling(boolean met, List<String> notes) {
    }

    private static final String CONSOLIDATED = "the consolidated entity is assessed at whichever of the two renewals "
            + "comes first";

    private MergerRules() {
    }

    /**
     * {@code holdsCompetency}: whether the applicant already holds the competency (null: not said);
     * {@code itemId}: the item an auditor's finding settles a divestiture's significance on.
     */
    static Ruling rule(CorporateEvent event, Boolean holdsCompetency, String itemId) {
        return switch (event.type()) {
            case ACQUIRED -> acquired(event, holdsCompetency);
            case ACQUIRED_BY -> acquiredBy(event);
            case DIVESTED -> divested(event, itemId);
        };
    }

    static String name(CorporateEvent event) {
        return event.counterparty() == null || event.counterparty().isBlank() ? "an unnamed business"
                : event.counterparty();
    }

    private static Ruling acquired(CorporateEvent event, Boolean holdsCompetency) {
        String acquired = "acquired " + name(event);
        if (event.counterpartyIsCompetencyPartner()) {
            String partner = acquired + ", a competency partner: ";
            String newApplication = "its competency does not pass to you; this application is the new application"
                    + " the program asks for, and must validate your new business and delivery models and how "
                    + name(event) + "'s technical capabilities were integrated";
            if (holdsCompetency == null) {
                return new Ruling(true, List.of(partner + "if you already hold this competency, " + CONSOLIDATED
                        + "; if you do not, " + newApplication
                        + " (say which with partner.holdsCompetency: true or false)"));
            }
            return new Ruling(true, List.of(partner + (holdsCompetency ? CONSOLIDATED
                    : "you do not hold this competency yet, so " + newApplication)));
        }
        List<String> notes = new ArrayList<>();
        notes.add(acquired + ": no immediate action; describe the impact on the competency solution at the next "
                + "validation");
        if (event.impactDescription() == null || event.impactDescription().isBlank()) {
            notes.add(acquired + ": an impactDescription is recommended");
        }
        return new Ruling(true, notes);
    }

    private static Ruling acquiredBy(CorporateEvent event) {
        if (event.counterpartyIsCompetencyPartner()) {
            return new Ruling(true, List.of("acquired by " + name(event) + ", a competency partner: " + CONSOLIDATED));
        }
        return new Ruling(false, List.of("acquired by " + name(event) + ", not a competency partner: "
                + "the acquiring partner must apply and be validated as a new competency partner"));
    }

    /**
     * Whether a divestiture's impact is significant is for AWS (or the auditor on its behalf) to
     * judge, so the partner's own {@code significant: false} cannot clear it: only an auditor's
     * finding on the item can. The partner's own {@code significant: true} is taken at its word.
     */
    private static Ruling divested(CorporateEvent event, String itemId) {
        String divestiture = "divestiture (" + name(event) + ")";
        if (!event.affectsCompetencyPractice()) {
            return new Ruling(true, List.of(divestiture + ": does not affect the competency practice"));
        }
        List<String> notes = new ArrayList<>();
        if (!event.disclosed()) {
            notes.add(divestiture + ": a divestiture that affects the competency practice must be disclosed "
                    + "to AWS at once (disclosed: true)");
        }
        if (event.significant()) {
            notes.add(divestiture + ": a significant impact on the competency practice removes the partner "
                    + "from the program");
        } else {
            notes.add(divestiture + ": whether its impact is significant is for AWS or the auditor to decide, not "
                    + "the partner" + (event.disclosed() ? "" : ", once it is disclosed")
                    + "; it stays open until the audit record rules on " + itemId + " (result: met when the impact "
                    + "is not significant: then highlight it at the next renewal; significant: the partner is "
                    + "removed from the program)");
        }
        notes.add(divestiture + ": the divested business must apply to the program as a new partner");
        return new Ruling(false, notes);
    }
}
