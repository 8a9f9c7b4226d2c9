package dev.ccv.authoring.spreadsheet;

import dev.ccv.model.ResponseStatus;
import java.util.Locale;
import java.util.Optional;

/** A Met? cell read as a response status: Yes, No or N/A in any case, with or without spaces. */
final class MetValue {

    /** What to write instead, for the message about a value that is none of them. */
    static final String ALLOWED = "write Yes, No or N/A";

    private MetValue() {
    }

    static Optional<ResponseStatus> parse(String cell) {
        String text = cell.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", "");
        return Optional.ofNullable(switch (text) {
            case "yes", "y", "met", "true" -> ResponseStatus.MET;
            case "no", "n", "notmet", "not-met", "false" -> ResponseStatus.NOT_MET;
            case "n/a", "na", "notapplicable", "not-applicable" -> ResponseStatus.NOT_APPLICABLE;
            default -> null;
        });
    }

    /** The cell text for a status, as {@link #parse} reads it back. */
    static String of(ResponseStatus status) {
        return switch (status) {
            case MET -> "Yes";
            case NOT_MET -> "No";
            case NOT_APPLICABLE -> "N/A";
        };
    }
}
