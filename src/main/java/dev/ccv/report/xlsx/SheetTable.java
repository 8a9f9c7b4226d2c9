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
    private static final int MAX_WIDTH = 50;
    private static final int MIN_WIDTH = 6;
    /** Headers wrap: a long one ("Customer Reference #1 Partner Answer (Yes/No/N/A)") does not widen its column past this. */
    private static final int HEADER_WIDTH = 16;
    /** Points: room for a header of four wrapped lines. */
    private static final double HEADER_HEIGHT = 60;
    /** Points per line of wrapped text (the default font's line, with some room). */
    private static final double LINE_HEIGHT = 15;
    private static final String HEADER_FILL = "D9E1F2";

    private final Worksheet sheet;
    private final int[] widths;
    private int row;

    SheetTable(Worksheet sheet, List<String> headers) {
        this.sheet = sheet;
        this.widths = new int[headers.size()];
        row(headers);
        sheet.rowHeight(0, HEADER_HEIGHT);
        for (int c = 0; c < headers.size(); c++) {
            sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top").set();
        }
    }

    /** The next row; null or empty cells stay empty. */
    void row(List<String> cells) {
        int lines = 1;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            String text = cells.get(c);
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_CELL) {
                text = text.substring(0, MAX_CELL - 1) + "…";
            }
            sheet.value(row, c, text);
            int width = row == 0 ? Math.min(HEADER_WIDTH, longestLine(text)) : longestLine(text);
            widths[c] = Math.max(widths[c], width);
            if (row > 0 && (width > MAX_WIDTH || text.indexOf('\n') >= 0)) {
                sheet.style(row, c).wrapText(true).verticalAlignment("top").set();
                lines = Math.max(lines, wrappedLines(text));
            }
        }
        if (lines > 1) {
            // spreadsheet programs do not always grow a row for its wrapped text when they open a file
            sheet.rowHeight(row, Math.min(409, lines * LINE_HEIGHT));
        }
        row++;
    }

    /**
     * Freezes the first {@code rows} rows and {@code columns} columns, filters the header, sizes the
     * columns; printed landscape with the header on each page, and {@code onePageWide} or with the
     * frozen columns repeated on each page across.
     */
    void finish(int rows, int columns, boolean onePageWide) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c]) + 2));
        }
        sheet.freezePane(columns, rows);
        sheet.setAutoFilter(0, 0, Math.max(0, row - 1), widths.length - 1);
        sheet.pageOrientation("landscape");
        sheet.repeatRows(0);
        if (onePageWide) {
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
        } else {
            sheet.repeatCols(0, columns - 1);
        }
    }

    private static int wrappedLines(String text) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + MAX_WIDTH - 1) / MAX_WIDTH);
        }
        return lines;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
