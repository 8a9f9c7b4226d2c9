package dev.ccv.authoring.spreadsheet;

import dev.ccv.model.ResponseStatus;
import java.util.List;

/**
 * One answer read from a workbook: the status from Met?, the references the response names, the
 * response itself, and the option ids an {@code at-least} answer lists.
 */
public record ImportedAnswer(ResponseStatus status, List<String> evidence, String notes, List<String> options) {

    public ImportedAnswer {
        evidence = List.copyOf(evidence);
        options = List.copyOf(options);
    }
}
