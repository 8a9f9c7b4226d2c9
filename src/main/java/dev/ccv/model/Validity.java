package dev.ccv.model;

import java.time.LocalDate;

/**
 * When a checklist version is in force: from {@code from} to {@code until}, and still accepted for
 * applications up to {@code acceptedUntil}, after which a newer version must be used.
 */
public record Validity(LocalDate from, LocalDate until, LocalDate acceptedUntil, SourcePosition position) {

    /** Where a date stands against this window. */
    public enum Standing { NOT_YET_VALID, VALID, SUPERSEDED, EXPIRED }

    public Standing standingOn(LocalDate date) {
        if (date.isBefore(from)) {
            return Standing.NOT_YET_VALID;
        }
        if (!date.isAfter(until)) {
            return Standing.VALID;
        }
        return date.isAfter(acceptedUntil) ? Standing.EXPIRED : Standing.SUPERSEDED;
    }

    /** "2025-08-29 to 2026-02-28, accepted until 2026-05-31". */
    public String describe() {
        return from + " to " + until + ", accepted until " + acceptedUntil;
    }
}
