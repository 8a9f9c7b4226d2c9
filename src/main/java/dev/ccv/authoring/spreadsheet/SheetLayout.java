package dev.ccv.authoring.spreadsheet;

import dev.ccv.authoring.spreadsheet.HeaderText.Role;
import dev.ccv.workbook.CellRange;
import dev.ccv.workbook.CellRef;
import dev.ccv.workbook.Sheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a sheet's answers are: the header row (the first row, among the first {@value #SEARCHED_ROWS},
 * with an ID column and at least one answer column), the partner-level columns, and the columns of
 * each customer reference. Columns are found by their header text, in any order.
 */
record SheetLayout(Sheet sheet, int headerRow, int idColumn, Columns partner, Map<Integer, Columns> references,
                   List<Problem> problems) {

    static final int SEARCHED_ROWS = 30;

    /** The columns of one answer: Met?, the partner's own answer (ccv's export writes both), the response. */
    record Columns(Integer met, Integer answer, Integer response, CellRef header) {
        Columns with(Role role, int column, CellRef at) {
            return switch (role) {
                case MET -> new Columns(column, answer, response, header == null ? at : header);
                case ANSWER -> new Columns(met, column, response, header == null ? at : header);
                case RESPONSE -> new Columns(met, answer, column, header == null ? at : header);
                default -> this;
            };
        }

        Integer get(Role role) {
            return switch (role) {
                case MET -> met;
                case ANSWER -> answer;
                case RESPONSE -> response;
                default -> null;
            };
        }

        boolean isEmpty() {
            return met == null && answer == null && response == null;
        }

        /** The column the status is read from: the partner's answer where the sheet has one, else Met?. */
        Integer status() {
            return answer != null ? answer : met;
        }
    }

    /** A problem found in the header row, at a cell. */
    record Problem(CellRef at, String message) {
    }

    /** The sheet's layout, or empty when no row of it looks like a header row of answers. */
    static Optional<SheetLayout> find(Sheet sheet) {
        for (int row : sheet.rows()) {
            if (row > SEARCHED_ROWS) {
                break;
            }
            Optional<SheetLayout> layout = at(sheet, row);
            if (layout.isPresent()) {
                return layout;
            }
        }
        return Optional.empty();
    }

    private static Optional<SheetLayout> at(Sheet sheet, int row) {
        Map<Integer, String> headers = sheet.row(row);
        Integer idColumn = null;
        Columns partner = new Columns(null, null, null, null);
        Map<Integer, Columns> references = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, String> header : headers.entrySet()) {
            CellRef at = new CellRef(row, header.getKey());
            int reference = HeaderText.reference(header.getValue());
            Role role = reference > 0 ? HeaderText.referenceRole(header.getValue()) : HeaderText.role(header.getValue());
            if (role == Role.ID && idColumn == null) {
                idColumn = header.getKey();
                continue;
            }
            Columns columns = reference > 0 ? references.getOrDefault(reference, new Columns(null, null, null, null))
                    : partner;
            if (role == Role.OTHER || role == Role.ID) {
                continue;
            }
            if (columns.get(role) != null) {
                problems.add(new Problem(at, "is a second \"" + header.getValue() + "\" column (the first is "
                        + CellRef.columnName(columns.get(role)) + "); keep one column of each kind"));
                continue;
            }
            if (reference > 0) {
                references.put(reference, columns.with(role, header.getKey(), at));
            } else {
                partner = columns.with(role, header.getKey(), at);
            }
        }
        if (idColumn == null || (partner.isEmpty() && references.isEmpty())) {
            return Optional.empty();
        }
        for (CellRange range : sheet.merged()) {
            if (range.containsRow(row) && !range.first().equals(range.last())) {
                problems.add(new Problem(range.first(), "header cells " + range + " are merged, so the columns they"
                        + " cover have no header of their own; unmerge them and give each column its header"
                        + " (like \"Customer Reference #1 Met? (Yes/No)\")"));
            }
        }
        return Optional.of(new SheetLayout(sheet, row, idColumn, partner, references, problems));
    }

    /** Every column that has a header on the header row. */
    boolean hasHeader(int column) {
        return !sheet.text(headerRow, column).isEmpty();
    }
}
