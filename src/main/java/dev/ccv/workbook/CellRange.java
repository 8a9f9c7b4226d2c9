package dev.ccv.workbook;

/** A rectangle of cells, such as a merged cell, from its top-left to its bottom-right cell. */
public record CellRange(CellRef first, CellRef last) {

    /** {@code A1:C1}, or one address; null when it is neither. */
    public static CellRange parse(String text) {
        int colon = text.indexOf(':');
        CellRef first = CellRef.parse(colon < 0 ? text : text.substring(0, colon));
        CellRef last = colon < 0 ? first : CellRef.parse(text.substring(colon + 1));
        return first == null || last == null ? null : new CellRange(first, last);
    }

    public boolean containsRow(int row) {
        return row >= first.row() && row <= last.row();
    }

    @Override
    public String toString() {
        return first + ":" + last;
    }
}
