package dev.ccv.workbook;

/** A cell's address, 1-based row and column, written as a spreadsheet shows it ({@code D14}). */
public record CellRef(int row, int column) implements Comparable<CellRef> {

    /** The address in A1 notation, e.g. {@code D14}; null when it is not one. */
    public static CellRef parse(String a1) {
        int i = 0;
        int column = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i)) && a1.charAt(i) < 128) {
            column = column * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
            if (column > 16_384) {
                return null;
            }
        }
        if (i == 0 || i == a1.length() || a1.length() - i > 7) {
            return null;
        }
        int row = 0;
        for (int j = i; j < a1.length(); j++) {
            char c = a1.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
        }
        return row == 0 ? null : new CellRef(row, column);
    }

    /** The column's letters, e.g. {@code D} for 4. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public int compareTo(CellRef other) {
        return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return columnName(column) + row;
    }
}
