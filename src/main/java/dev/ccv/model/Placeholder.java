package dev.ccv.model;

import java.util.Optional;

/**
 * The placeholders {@code ccv init} writes where only the partner knows the answer. The template
 * writes them from here and the engine recognises them from here, so a value left as the template
 * wrote it can never pass: one definition, not two lists.
 */
public enum Placeholder {
    PARTNER_NAME("the partner's legal name"),
    SOLUTION_NAME("the solution's name"),
    CUSTOMER("the customer's name"),
    /** The id of the template's example case study, which responses refer to. */
    CASE_STUDY_ID("cs-example", "the case study's own id (lowercase letters, digits and '-')");

    /** Every text placeholder starts with this; a value that still does is unfinished, whatever follows. */
    public static final String MARK = "TODO:";

    private final String text;
    private final String whatToWrite;

    Placeholder(String whatToWrite) {
        this(MARK + " " + whatToWrite, whatToWrite);
    }

    Placeholder(String text, String whatToWrite) {
        this.text = text;
        this.whatToWrite = whatToWrite;
    }

    /** What the template writes. */
    public String text() {
        return text;
    }

    /** What belongs there instead, for the message that says so. */
    public String whatToWrite() {
        return whatToWrite;
    }

    /**
     * The placeholder a value still holds: one the template writes, or any text starting with
     * {@link #MARK} (a partner may have edited the words after it); empty for a finished value.
     */
    public static Optional<String> whatToWriteInstead(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (Placeholder placeholder : values()) {
            if (trimmed.equals(placeholder.text)) {
                return Optional.of(placeholder.whatToWrite);
            }
        }
        return trimmed.startsWith(MARK) ? Optional.of("the real value") : Optional.empty();
    }
}
