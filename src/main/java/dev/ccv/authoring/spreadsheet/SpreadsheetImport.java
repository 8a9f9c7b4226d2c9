package dev.ccv.authoring.spreadsheet;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;
import dev.ccv.workbook.CellRef;
import dev.ccv.workbook.Sheet;
import dev.ccv.workbook.Workbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the answers of a Self-Assessment Spreadsheet onto a checklist: rows matched by requirement ID,
 * customer references made into case studies. Whatever cannot be mapped is an error at its cell; rows
 * that carry no answer are counted as skipped, with the reason.
 */
public final class SpreadsheetImport {

    static final String NO_ID = "rows without a requirement ID (headings or notes)";
    static final String NO_ANSWER = "requirement rows without an answer";
    static final String CHECKED_FROM_FIELDS = "rows of items ccv checks from the self-assessment's fields"
            + " (no response needed)";
    static final String NO_MET = "answers without a Met? value, imported as not-met";
    private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9]*[- ]?[0-9]+");

    private final Checklist checklist;
    private final String display;
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, List<String>> skipped = new LinkedHashMap<>();
    private final Map<String, List<String>> assumed = new LinkedHashMap<>();
    private final Map<String, String> answeredAt = new HashMap<>();
    private final Map<String, ImportedAnswer> answers = new LinkedHashMap<>();
    private final Map<String, Map<String, ImportedAnswer>> caseStudyAnswers = new LinkedHashMap<>();
    private int importedRows;
    private int answerCount;

    private SpreadsheetImport(Checklist checklist, String display) {
        this.checklist = checklist;
        this.display = display;
    }

    /** Reads {@code workbook} (named {@code display} in messages) against {@code checklist}. */
    public static ImportOutcome run(Workbook workbook, Checklist checklist, String display) {
        return new SpreadsheetImport(checklist, display).read(workbook);
    }

    private ImportOutcome read(Workbook workbook) {
        List<SheetLayout> layouts = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            SheetLayout.find(sheet).ifPresent(layouts::add);
        }
        if (layouts.isEmpty()) {
            errors.add(new InputError(SourcePosition.of(display), "no sheet has a header row with an \"ID\" column"
                    + " and a \"Met? (Yes/No)\", \"Partner Response\" or \"Customer Reference #1 Met? (Yes/No)\""
                    + " column in its first " + SheetLayout.SEARCHED_ROWS + " rows; the sheets are: "
                    + String.join(", ", workbook.sheets().stream().map(Sheet::name).toList())));
            return outcome(List.of());
        }
        for (SheetLayout layout : layouts) {
            layout.problems().forEach(p -> error(layout.sheet(), p.at(), p.message(), null));
        }
        CustomerReferences references = CustomerReferences.read(layouts, this::error);
        for (SheetLayout layout : layouts) {
            readRows(layout, references);
        }
        return outcome(references.caseStudies());
    }

    private ImportOutcome outcome(List<ImportedCaseStudy> caseStudies) {
        List<String> withoutRow = new ArrayList<>();
        for (Item item : checklist.items()) {
            if (isAnswerable(item) && !answeredAt.containsKey(item.id())) {
                withoutRow.add(item.id());
            }
        }
        return new ImportOutcome(new ImportedAssessment(display, caseStudies, answers, caseStudyAnswers), errors,
                importedRows, answerCount, skipped, assumed, withoutRow);
    }

    private void readRows(SheetLayout layout, CustomerReferences references) {
        Sheet sheet = layout.sheet();
        List<Integer> headerless = new ArrayList<>();
        for (int row : sheet.rows()) {
            String idText = row > layout.headerRow() ? sheet.text(row, layout.idColumn()) : "";
            if (row <= layout.headerRow() || CustomerReferences.isReferenceRow(idText)) {
                continue;
            }
            CellRef idCell = new CellRef(row, layout.idColumn());
            Optional<Item> item = item(sheet, idCell, idText);
            if (item.isEmpty()) {
                continue;
            }
            for (int column : sheet.row(row).keySet()) {
                if (!layout.hasHeader(column) && !headerless.contains(column)) {
                    headerless.add(column);
                    error(sheet, new CellRef(layout.headerRow(), column), "has no header, but "
                            + new CellRef(row, column) + " holds a value; give the column a header (like \"Partner"
                            + " Response\") or move the value into one that has", null);
                }
            }
            readItem(layout, references, item.get(), idCell);
        }
    }

    /** The item a row answers; empty (and counted or reported) when it answers none. */
    private Optional<Item> item(Sheet sheet, CellRef idCell, String idText) {
        if (idText.isEmpty() || !ID_LIKE.matcher(idText).matches()) {
            skip(NO_ID, sheet, idCell);
            return Optional.empty();
        }
        String normalized = idText.toUpperCase(Locale.ROOT).replace(' ', '-');
        Optional<Item> item = checklist.item(normalized);
        if (item.isEmpty()) {
            List<String> ids = checklist.items().stream().map(Item::id).toList();
            error(sheet, idCell, "\"" + idText + "\" is not a requirement of checklist " + checklist.id()
                    + " version " + checklist.version() + "; correct the ID or delete the row",
                    Suggestions.orNull(normalized, ids));
            return Optional.empty();
        }
        String previous = answeredAt.putIfAbsent(item.get().id(), sheet.address(idCell));
        if (previous != null) {
            error(sheet, idCell, "answers " + item.get().id() + " again (first at " + previous
                    + "); keep one row per requirement", null);
            return Optional.empty();
        }
        if (!isAnswerable(item.get())) {
            skip(CHECKED_FROM_FIELDS, sheet, idCell);
            return Optional.empty();
        }
        return item;
    }

    private void readItem(SheetLayout layout, CustomerReferences references, Item item, CellRef idCell) {
        Sheet sheet = layout.sheet();
        int row = idCell.row();
        int before = answerCount;
        if (!item.isCaseStudyScoped()) {
            if (layout.partner().isEmpty()) {
                error(sheet, idCell, item.id() + " is answered once for the partner, but this sheet has only Customer"
                        + " Reference columns; answer it on a sheet with \"Met? (Yes/No)\" and \"Partner Response\"", null);
                return;
            }
            answer(sheet, row, layout.partner(), item).ifPresent(answer -> {
                answers.put(item.id(), answer);
                answerCount++;
            });
        } else if (layout.references().isEmpty()) {
            error(sheet, idCell, item.id() + " is answered per case study; give its answers in the \"Customer"
                    + " Reference #N Met? (Yes/No)\" and \"Customer Reference #N Partner Response\" columns", null);
            return;
        } else {
            for (Map.Entry<Integer, SheetLayout.Columns> reference : layout.references().entrySet()) {
                Optional<ImportedAnswer> answer = answer(sheet, row, reference.getValue(), item);
                if (answer.isPresent()) {
                    String caseStudy = references.caseStudyId(reference.getKey(), sheet, reference.getValue());
                    if (caseStudy != null && caseStudyAnswers.computeIfAbsent(item.id(), k -> new LinkedHashMap<>())
                            .putIfAbsent(caseStudy, answer.get()) == null) {
                        answerCount++;
                    } else if (caseStudy != null) {
                        error(sheet, new CellRef(row, reference.getValue().header().column()), "answers " + item.id()
                                + " again for " + caseStudy + " (another Customer Reference names the same customer);"
                                + " keep one answer per customer", null);
                    }
                }
            }
        }
        if (answerCount > before) {
            importedRows++;
        } else {
            skip(NO_ANSWER, sheet, idCell);
        }
    }

    /** The answer in one group of columns of a row: empty when all its cells are empty. */
    private Optional<ImportedAnswer> answer(Sheet sheet, int row, SheetLayout.Columns columns, Item item) {
        Integer statusColumn = columns.status();
        String status = statusColumn == null ? "" : sheet.text(row, statusColumn);
        String response = columns.response() == null ? "" : sheet.text(row, columns.response());
        if (status.isEmpty() && response.isEmpty()) {
            return Optional.empty();
        }
        AnswerOptions options = options(sheet, row, columns, item, response);
        if (status.isEmpty()) {
            assumed.computeIfAbsent(NO_MET, k -> new ArrayList<>()).add(sheet.address(
                    new CellRef(row, statusColumn == null ? columns.response() : statusColumn)));
            return Optional.of(new ImportedAnswer(dev.ccv.model.ResponseStatus.NOT_MET,
                    ResponseText.evidence(options.notes()), options.notes(), options.ids()));
        }
        Optional<dev.ccv.model.ResponseStatus> parsed = MetValue.parse(status);
        if (parsed.isEmpty()) {
            error(sheet, new CellRef(row, statusColumn), "\"" + status + "\" is not a Met? value; "
                    + MetValue.ALLOWED, Suggestions.orNull(status, List.of("Yes", "No", "N/A")));
            return Optional.empty();
        }
        return Optional.of(new ImportedAnswer(parsed.get(), ResponseText.evidence(options.notes()), options.notes(),
                options.ids()));
    }

    /** The options an at-least item's response lists; each word that is no option of the item is an error. */
    private AnswerOptions options(Sheet sheet, int row, SheetLayout.Columns columns, Item item, String response) {
        List<String> ids = item.check().optionIds();
        AnswerOptions options = AnswerOptions.read(response, ids);
        for (String unknown : options.unknown()) {
            error(sheet, new CellRef(row, columns.response()), "\"" + unknown + "\" is not an option of " + item.id()
                    + "; list its options on a line \"" + AnswerOptions.LINE_FORM + "\" from: " + String.join(", ", ids),
                    Suggestions.orNull(unknown, ids));
        }
        return options;
    }

    /** Whether the partner answers the item (an attestation, or options chosen), rather than ccv checking it from fields. */
    static boolean isAnswerable(Item item) {
        return CheckTypes.of(item).readsResponse();
    }

    private void skip(String reason, Sheet sheet, CellRef cell) {
        skipped.computeIfAbsent(reason, k -> new ArrayList<>()).add(sheet.address(cell));
    }

    private void error(Sheet sheet, CellRef cell, String message, String suggestion) {
        errors.add(new InputError(SourcePosition.of(display + ":" + sheet.address(cell)), message, suggestion));
    }
}
