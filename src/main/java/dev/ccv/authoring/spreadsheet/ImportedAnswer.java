package dev.ccv.authoring.spreadsheet;

import dev.ccv.model.ResponseStatus;
import java.util.List;

/** One answer read from a workbook: the status from Met?, the references the response names, the response itself. */
public record ImportedAnswer(ResponseStatus status, List<String> evidence, String notes) {

    public ImportedAnswer {
        evidence = List.copyOf(evidence);
    }
}
