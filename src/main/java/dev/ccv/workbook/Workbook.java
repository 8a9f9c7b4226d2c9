package dev.ccv.workbook;

import java.util.List;

/** A workbook's sheets as text, in the order the workbook lists them. */
public record Workbook(List<Sheet> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
