package dev.ccv.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One worksheet as text: each non-empty cell's value (a formula's cached value, never evaluated) and
 * the merged ranges. Rows and columns are 1-based.
 */
public record Sheet(String name, NavigableMap<CellRef, String> cells, List<CellRange> merged) {

    public Sheet {
        cells = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(cells));
        merged = List.copyOf(merged);
    }

    /** The cell's text, trimmed; empty when the cell is empty or absent. */
    public String text(int row, int column) {
        String value = cells.get(new CellRef(row, column));
        return value == null ? "" : value.strip();
    }

    /** The rows that hold at least one non-empty cell, in order. */
    public List<Integer> rows() {
        List<Integer> rows = new ArrayList<>();
        for (CellRef ref : cells.keySet()) {
            if (rows.isEmpty() || rows.get(rows.size() - 1) != ref.row()) {
                rows.add(ref.row());
            }
        }
        return rows;
    }

    /** The non-empty cells of one row, by column. */
    public Map<Integer, String> row(int row) {
        Map<Integer, String> values = new TreeMap<>();
        for (Map.Entry<CellRef, String> cell
                : cells.subMap(new CellRef(row, 0), true, new CellRef(row, Integer.MAX_VALUE), true).entrySet()) {
            if (!cell.getValue().isBlank()) {
                values.put(cell.getKey().column(), cell.getValue().strip());
            }
        }
        return values;
    }

    /**
     * How a person names one of this sheet's cells, after the file: {@code 'Case Studies'!D14}, the
     * name quoted as a spreadsheet quotes it when it holds anything but letters, digits and '_'.
     */
    public String address(CellRef ref) {
        return quotedName(name) + "!" + ref;
    }

    static String quotedName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return "'" + name.replace("'", "''") + "'";
            }
        }
        return name;
    }
}
