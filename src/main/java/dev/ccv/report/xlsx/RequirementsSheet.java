package dev.ccv.report.xlsx;

import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.PartnerAnswer;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.ResultStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;

/**
 * The requirements in the layout of AWS's Self-Assessment Spreadsheet, one row per item: ID,
 * description, Met? (ccv's result), the partner's (or individual applicant's) own answer and response,
 * ccv's messages; then the same four columns for each case study as "Customer Reference #N". Rows
 * under the header name each reference's customer, whether it is public, and its case-study id (none
 * when there are no case studies), so that {@code ccv import} reads the sheet back into the same
 * self-assessment answers.
 */
final class RequirementsSheet {

    static final String NAME = "Self-Assessment";
    private static final int REFERENCE_ROWS = 3;

    private final List<String> columns;
    private final Report report;
    private final List<CaseStudyStatus> caseStudies;
    private final Map<String, List<ItemResult>> results;
    private final Map<String, PartnerAnswer> answers = new HashMap<>();

    RequirementsSheet(Report report) {
        this.report = report;
        String who = report.applicant().label();
        this.columns = List.of("Met? (Yes/No)", who + " Answer (Yes/No/N/A)", who + " Response", "ccv Messages");
        this.caseStudies = report.evaluation().caseStudies();
        this.results = report.evaluation().resultsByItem();
        for (PartnerAnswer answer : report.answers()) {
            answers.put(key(answer.itemId(), answer.caseStudyId()), answer);
        }
    }

    void write(Worksheet worksheet) {
        List<String> headers = new ArrayList<>(List.of("ID", "Section", "Requirement Description", "Severity"));
        headers.addAll(columns);
        for (int n = 1; n <= caseStudies.size(); n++) {
            for (String column : columns) {
                headers.add("Customer Reference #" + n + " " + column);
            }
        }
        SheetTable table = new SheetTable(worksheet, headers);
        int referenceRows = caseStudies.isEmpty() ? 0 : REFERENCE_ROWS;
        if (referenceRows > 0) {
            table.row(referenceRow("Customer Name", caseStudy -> caseStudy.customer()));
            table.row(referenceRow("Public (Yes/No)", caseStudy -> caseStudy.isPublic() ? "Yes" : "No"));
            table.row(referenceRow("Case Study ID", CaseStudyStatus::id));
        }
        for (Section section : report.checklist().sections()) {
            for (Item item : section.items()) {
                table.row(itemRow(section, item));
            }
        }
        table.finish(1 + referenceRows, 1, false);
    }

    private List<String> referenceRow(String label, java.util.function.Function<CaseStudyStatus, String> value) {
        List<String> row = fixedCells(label, "", "", "");
        for (int i = 0; i < columns.size(); i++) {
            row.add("");
        }
        for (CaseStudyStatus caseStudy : caseStudies) {
            row.add(value.apply(caseStudy));
            for (int i = 1; i < columns.size(); i++) {
                row.add("");
            }
        }
        return row;
    }

    private List<String> itemRow(Section section, Item item) {
        List<String> row = fixedCells(item.id(), section.title(), description(item), item.severity().yamlName());
        List<ItemResult> itemResults = results.getOrDefault(item.id(), List.of());
        ItemResult partnerResult = resultFor(itemResults, null);
        row.add(itemResults.isEmpty() ? "" : met(ResultStatus.rollUp(itemResults)));
        addAnswer(row, item.id(), null, partnerResult);
        for (CaseStudyStatus caseStudy : caseStudies) {
            if (!item.isCaseStudyScoped()) {
                for (int i = 0; i < columns.size(); i++) {
                    row.add("");
                }
                continue;
            }
            ItemResult result = resultFor(itemResults, caseStudy.id());
            row.add(result == null ? "" : met(result.status()));
            addAnswer(row, item.id(), caseStudy.id(), result);
        }
        return row;
    }

    private void addAnswer(List<String> row, String itemId, String caseStudyId, ItemResult result) {
        PartnerAnswer answer = answers.get(key(itemId, caseStudyId));
        row.add(answer == null ? "" : answer(answer.status()));
        row.add(answer == null ? "" : response(answer));
        row.add(result == null ? "" : String.join("\n", result.messages()));
    }

    private static List<String> fixedCells(String... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private static String description(Item item) {
        return item.description() == null || item.description().isBlank() ? item.title()
                : item.title() + ": " + item.description().strip();
    }

    private static ItemResult resultFor(List<ItemResult> results, String caseStudyId) {
        for (ItemResult result : results) {
            if (java.util.Objects.equals(result.caseStudyId(), caseStudyId)) {
                return result;
            }
        }
        return null;
    }

    /**
     * The notes, then whichever evidence references they do not name already, then the options an
     * {@code at-least} answer lists on a line of their own, {@code Options: a, b}, as {@code ccv import} reads them.
     */
    static String response(PartnerAnswer answer) {
        String notes = answer.notes() == null ? "" : answer.notes().strip();
        List<String> unnamed = new ArrayList<>();
        for (String reference : answer.evidence()) {
            if (!notes.contains(reference)) {
                unnamed.add(reference);
            }
        }
        List<String> lines = new ArrayList<>();
        if (!notes.isEmpty()) {
            lines.add(notes);
        }
        if (!unnamed.isEmpty()) {
            lines.add(notes.isEmpty() ? String.join("\n", unnamed) : "Evidence: " + String.join(", ", unnamed));
        }
        if (!answer.options().isEmpty()) {
            lines.add("Options: " + String.join(", ", answer.options()));
        }
        return String.join("\n", lines);
    }

    static String met(ResultStatus status) {
        return switch (status) {
            case MET -> "Yes";
            case UNMET -> "No";
            case NOT_APPLICABLE -> "N/A";
        };
    }

    private static String answer(String status) {
        return switch (status) {
            case "met" -> "Yes";
            case "not-met" -> "No";
            case "not-applicable" -> "N/A";
            default -> status;
        };
    }

    private static String key(String itemId, String caseStudyId) {
        return caseStudyId == null ? itemId : itemId + "\u0000" + caseStudyId;
    }
}
