package dev.ccv.model;

import java.util.List;

/** The partner's answer to one item (or to one item for one case study). */
public record Answer(ResponseStatus status, List<Evidence> evidence, String notes, SourcePosition position) {

    public Answer {
        evidence = List.copyOf(evidence);
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }
}
