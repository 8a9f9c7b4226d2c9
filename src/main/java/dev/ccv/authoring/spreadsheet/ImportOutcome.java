package dev.ccv.authoring.spreadsheet;

import dev.ccv.model.InputError;
import java.util.List;
import java.util.Map;

/**
 * The result of reading a workbook: the assessment, the errors (each at its cell; none means it may
 * be written), how many requirement rows gave answers, the rows skipped and the answers completed by
 * an assumption, each by reason with their cells.
 */
public record ImportOutcome(ImportedAssessment assessment, List<InputError> errors, int importedRows,
                            int answers, Map<String, List<String>> skipped, Map<String, List<String>> assumed,
                            List<String> itemsWithoutRow) {

    public ImportOutcome {
        errors = List.copyOf(errors);
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
        assumed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumed));
        itemsWithoutRow = List.copyOf(itemsWithoutRow);
    }

    /** One paragraph for the person who ran the import: what came in, what did not, and why. */
    public String summary() {
        StringBuilder text = new StringBuilder("imported " + importedRows + " requirement row"
                + (importedRows == 1 ? "" : "s") + " (" + answers + " answer" + (answers == 1 ? "" : "s") + ", "
                + assessment.caseStudies().size() + " case stud" + (assessment.caseStudies().size() == 1 ? "y" : "ies")
                + ")");
        int skippedRows = skipped.values().stream().mapToInt(List::size).sum();
        text.append("; skipped ").append(skippedRows).append(skippedRows == 1 ? " row" : " rows");
        reasons(text, skipped);
        reasons(text, assumed);
        if (!itemsWithoutRow.isEmpty()) {
            text.append("\n  ").append(itemsWithoutRow.size()).append(" checklist item")
                    .append(itemsWithoutRow.size() == 1 ? " has" : "s have")
                    .append(" no row in the workbook and keep the template's answer (not-met): ")
                    .append(String.join(", ", itemsWithoutRow));
        }
        return text.toString();
    }

    /** Each reason, a plural phrase ("rows without ..."), with its count and first cells; "1 row", not "1 rows". */
    private static void reasons(StringBuilder text, Map<String, List<String>> reasons) {
        for (Map.Entry<String, List<String>> reason : reasons.entrySet()) {
            List<String> cells = reason.getValue();
            String why = cells.size() == 1 ? reason.getKey().replaceFirst("\\b(row|answer)s\\b", "$1") : reason.getKey();
            text.append("\n  ").append(cells.size()).append(' ').append(why).append(": ")
                    .append(String.join(", ", cells.subList(0, Math.min(8, cells.size()))))
                    .append(cells.size() > 8 ? " and " + (cells.size() - 8) + " more" : "");
        }
    }
}
