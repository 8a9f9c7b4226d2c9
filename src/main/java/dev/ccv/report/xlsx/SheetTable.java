package dev.ccv.report.xlsx;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet written as a table: a bold header row, then rows of text (never formulas: every value is
 * written as a string). At the end the header rows are frozen, a filter is put on the header, and
 * each column is as wide as its longest line, up to a limit past which its text wraps.
 */
final class SheetTable {

    /** What a cell holds at most (Excel's own limit), so that a long note cannot make the file unreadable. */
    static final int MAX_CELL = 32_767;
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    private static final String HEADER_FILL = "D9E1F2";

    private final Worksheet sheet;
    private final int[] widths;
    private int row;

    SheetTable(Worksheet sheet, List<String> headers) {
        this.sheet = sheet;
        this.widths = new int[headers.size()];
        row(headers);
        for (int c = 0; c < headers.size(); c++) {
            sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top").set();
        }
    }

    /** The next row; null or empty cells stay empty. */
    void row(List<String> cells) {
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            String text = cells.get(c);
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_CELL) {
                text = text.substring(0, MAX_CELL - 1) + "…";
            }
            sheet.value(row, c, text);
            int width = longestLine(text);
            widths[c] = Math.max(widths[c], width);
            if (row > 0 && (width > MAX_WIDTH || text.indexOf('\n') >= 0)) {
                sheet.style(row, c).wrapText(true).verticalAlignment("top").set();
            }
        }
        row++;
    }

    /** Freezes the first {@code rows} rows and {@code columns} columns, filters the header, sizes the columns. */
    void finish(int rows, int columns) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c]) + 2));
        }
        sheet.freezePane(columns, rows);
        sheet.setAutoFilter(0, 0, Math.max(0, row - 1), widths.length - 1);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
