package dev.ccv.model;

import java.time.LocalDate;

/** A nomination of the individual: who made it, in which role, and when (null when not given). */
public record Nomination(String by, NominationRole role, LocalDate date, SourcePosition position) {
}
