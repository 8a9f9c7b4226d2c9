package dev.ccv.model;

import java.time.LocalDate;

/** A merger, acquisition or divestiture the partner declares. Absent flags are false. */
public record CorporateEvent(
        CorporateEventType type,
        String counterparty,
        boolean counterpartyIsCompetencyPartner,
        LocalDate date,
        String impactDescription,
        boolean affectsCompetencyPractice,
        boolean disclosed,
        boolean significant,
        SourcePosition position) {
}
