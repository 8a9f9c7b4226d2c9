package dev.ccv.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates written YYYY-MM-DD, read without java.time's formatter: building that formatter is a
 * visible part of a short run's start-up, and the strict pattern uuuu-MM-dd needs none of it.
 */
public final class IsoDate {

    private IsoDate() {
    }

    /** Whether the value is a date's shape: YYYY-MM-DD in ASCII digits. */
    public static boolean hasShape(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The date a value of {@linkplain #hasShape the shape} names.
     *
     * @throws DateTimeException when there is no such date (2026-02-30, month 13)
     */
    public static LocalDate of(String value) {
        return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                Integer.parseInt(value, 8, 10, 10));
    }
}
