package dev.ccv.model;

import java.util.List;

/**
 * The partner's answer to one item (or to one item for one case study). {@code options} are the
 * option ids an {@code at-least} item's answer claims, as written.
 */
public record Answer(ResponseStatus status, List<Evidence> evidence, String notes, List<Located<String>> options,
                     SourcePosition position) {

    public Answer {
        evidence = List.copyOf(evidence);
        options = List.copyOf(options);
    }

    /** An answer that lists no options. */
    public Answer(ResponseStatus status, List<Evidence> evidence, String notes, SourcePosition position) {
        this(status, evidence, notes, List.of(), position);
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }
}
