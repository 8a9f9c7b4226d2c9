package dev.ccv.model;

import java.time.LocalDate;

/**
 * One AWS Certification the individual holds. {@code validationNumber} is personal data (dropped by
 * redaction); it and {@code expires} are null when not given.
 */
public record Certification(
        String id,
        String name,
        CertificationLevel level,
        LocalDate earned,
        LocalDate expires,
        String validationNumber,
        SourcePosition position) {

    /** Earned on or before {@code date}. */
    public boolean earnedBy(LocalDate date) {
        return earned != null && !earned.isAfter(date);
    }

    /** Valid through its expiry date, that day included; one without an expiry date does not lapse. */
    public boolean validOn(LocalDate date) {
        return earnedBy(date) && (expires == null || !expires.isBefore(date));
    }
}
