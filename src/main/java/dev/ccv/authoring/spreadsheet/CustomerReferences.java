package dev.ccv.authoring.spreadsheet;

import dev.ccv.workbook.CellRef;
import dev.ccv.workbook.Sheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The case studies behind a workbook's Customer Reference #N columns. Each reference's customer is
 * the text, in one of its columns, of the row whose ID cell says "Customer Name"; "Public (Yes/No)"
 * and "Case Study ID" rows may add whether it is public and its id (else one is derived from the
 * customer). References that name the same customer are one case study.
 */
final class CustomerReferences {

    private static final Pattern LOWERCASE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Reports a problem at a cell of a sheet. */
    interface Errors {
        void error(Sheet sheet, CellRef cell, String message, String suggestion);
    }

    private record Named(String text, Sheet sheet, CellRef cell) {
    }

    private final Map<Integer, String> caseStudyOfReference = new HashMap<>();
    private final Map<String, ImportedCaseStudy> caseStudies = new LinkedHashMap<>();
    private final Set<String> reportedMissing = new HashSet<>();
    private final Errors errors;

    private CustomerReferences(Errors errors) {
        this.errors = errors;
    }

    static boolean isReferenceRow(String idCell) {
        return HeaderText.isCustomerNameRow(idCell) || HeaderText.isPublicRow(idCell)
                || HeaderText.isCaseStudyIdRow(idCell);
    }

    static CustomerReferences read(List<SheetLayout> layouts, Errors errors) {
        CustomerReferences references = new CustomerReferences(errors);
        Map<Integer, Named> names = new TreeMap<>();
        Map<Integer, Named> publics = new HashMap<>();
        Map<Integer, Named> ids = new HashMap<>();
        for (SheetLayout layout : layouts) {
            references.collect(layout, names, publics, ids);
        }
        Map<String, String> byCustomer = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<Integer, Named> name : names.entrySet()) {
            String key = CaseStudyNames.key(name.getValue().text());
            String id = byCustomer.get(key);
            if (id == null) {
                id = references.id(name.getKey(), name.getValue(), ids.get(name.getKey()), taken);
                taken.add(id);
                byCustomer.put(key, id);
                references.caseStudies.put(id, new ImportedCaseStudy(id, name.getValue().text(),
                        references.isPublic(publics.get(name.getKey()))));
            }
            references.caseStudyOfReference.put(name.getKey(), id);
        }
        return references;
    }

    private void collect(SheetLayout layout, Map<Integer, Named> names, Map<Integer, Named> publics,
                         Map<Integer, Named> ids) {
        Sheet sheet = layout.sheet();
        for (int row : sheet.rows()) {
            String idCell = row > layout.headerRow() ? sheet.text(row, layout.idColumn()) : "";
            Map<Integer, Named> target = HeaderText.isCustomerNameRow(idCell) ? names
                    : HeaderText.isPublicRow(idCell) ? publics : HeaderText.isCaseStudyIdRow(idCell) ? ids : null;
            if (target == null) {
                continue;
            }
            for (Map.Entry<Integer, SheetLayout.Columns> reference : layout.references().entrySet()) {
                Optional<Named> value = value(sheet, row, reference.getValue());
                if (value.isEmpty()) {
                    continue;
                }
                Named earlier = target.putIfAbsent(reference.getKey(), value.get());
                if (earlier != null && !CaseStudyNames.key(earlier.text()).equals(CaseStudyNames.key(value.get().text()))) {
                    errors.error(sheet, value.get().cell(), "says \"" + value.get().text() + "\" for Customer Reference #"
                            + reference.getKey() + ", but " + earlier.sheet().address(earlier.cell()) + " says \""
                            + earlier.text() + "\"; a reference is the same customer on every sheet", null);
                }
            }
        }
    }

    /** The first non-empty cell of the reference's columns in a row: Met?, answer, then response. */
    private static Optional<Named> value(Sheet sheet, int row, SheetLayout.Columns columns) {
        for (Integer column : new Integer[] {columns.met(), columns.answer(), columns.response()}) {
            if (column != null && !sheet.text(row, column).isEmpty()) {
                return Optional.of(new Named(sheet.text(row, column), sheet, new CellRef(row, column)));
            }
        }
        return Optional.empty();
    }

    private String id(int reference, Named customer, Named given, Set<String> taken) {
        if (given != null) {
            if (LOWERCASE_ID.matcher(given.text()).matches() && !taken.contains(given.text())) {
                return given.text();
            }
            errors.error(given.sheet(), given.cell(), "\"" + given.text() + "\" is not a usable case-study id: use"
                    + " lowercase letters, digits and '-', once per customer (like `cs-globex`)", null);
        }
        return CaseStudyNames.id(customer.text(), reference, taken);
    }

    private Boolean isPublic(Named cell) {
        if (cell == null) {
            return null;
        }
        Optional<dev.ccv.model.ResponseStatus> status = MetValue.parse(cell.text());
        if (status.isEmpty() || status.get() == dev.ccv.model.ResponseStatus.NOT_APPLICABLE) {
            errors.error(cell.sheet(), cell.cell(), "\"" + cell.text() + "\" does not say whether the case study"
                    + " is public; write Yes or No", null);
            return null;
        }
        return status.get() == dev.ccv.model.ResponseStatus.MET;
    }

    /** The case study a reference's answers belong to; null (reported once) when it names no customer. */
    String caseStudyId(int reference, Sheet sheet, SheetLayout.Columns columns) {
        String id = caseStudyOfReference.get(reference);
        if (id == null && reportedMissing.add(sheet.name() + "#" + reference)) {
            errors.error(sheet, columns.header(), "Customer Reference #" + reference + " has answers but no customer;"
                    + " add a row whose ID cell says \"Customer Name\" and write the customer's name in this"
                    + " reference's column", null);
        }
        return id;
    }

    List<ImportedCaseStudy> caseStudies() {
        return new ArrayList<>(caseStudies.values());
    }
}
