package dev.ccv.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;

/**
 * One worksheet part into text cells. A cell's value is its cached {@code <v>} (shared-string index,
 * number, boolean, error or a formula's last result) or its inline string; a formula ({@code <f>})
 * itself is never read, so nothing is evaluated.
 */
final class SheetParser {

    private final String part;
    private final List<String> sharedStrings;
    private final NavigableMap<CellRef, String> cells = new TreeMap<>();
    private final List<CellRange> merged = new ArrayList<>();
    private int row;
    private int column;

    private SheetParser(String part, List<String> sharedStrings) {
        this.part = part;
        this.sharedStrings = sharedStrings;
    }

    static Sheet parse(String name, String part, byte[] bytes, List<String> sharedStrings) {
        SheetParser parser = new SheetParser(part, sharedStrings);
        parser.read(SafeXml.open(part, bytes));
        return new Sheet(name, parser.cells, parser.merged);
    }

    private void read(SafeXml.Reader xml) {
        CellRef cell = null;
        String type = null;
        StringBuilder value = null;
        StringBuilder inline = null;
        boolean inValue = false;
        boolean inInlineText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.localName()) {
                    case "row" -> startRow(xml.attribute("r"));
                    case "c" -> {
                        cell = cellRef(xml.attribute("r"));
                        type = xml.attribute("t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> {
                        inValue = true;
                        value = new StringBuilder();
                    }
                    case "is" -> inline = new StringBuilder();
                    case "t" -> inInlineText = inline != null;
                    case "mergeCell" -> {
                        CellRange range = CellRange.parse(String.valueOf(xml.attribute("ref")));
                        if (range != null) {
                            merged.add(range);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.localName()) {
                    case "v" -> inValue = false;
                    case "t" -> inInlineText = false;
                    case "c" -> {
                        String text = text(type, value, inline);
                        if (cell != null && text != null && !text.isEmpty()) {
                            cells.put(cell, text);
                        }
                        cell = null;
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue && value != null) {
                    value.append(xml.text());
                } else if (inInlineText) {
                    inline.append(xml.text());
                }
            }
        }
    }

    private void startRow(String r) {
        row = r == null ? row + 1 : parsePositive(r, row + 1);
        column = 0;
    }

    /** The cell's address: as written, or else the one after the previous cell of the row. */
    private CellRef cellRef(String r) {
        CellRef ref = r == null ? null : CellRef.parse(r);
        if (ref == null) {
            ref = new CellRef(Math.max(row, 1), column + 1);
        }
        row = ref.row();
        column = ref.column();
        return ref;
    }

    private String text(String type, StringBuilder value, StringBuilder inline) {
        if ("inlineStr".equals(type)) {
            return inline == null ? null : inline.toString();
        }
        if (value == null) {
            return null;
        }
        String v = value.toString();
        if ("s".equals(type)) {
            int index = parsePositive(v.strip(), -1);
            if (index < 0 || index >= sharedStrings.size()) {
                throw new WorkbookException("part " + part + " refers to shared string " + v.strip()
                        + ", which the workbook does not have; save the workbook again");
            }
            return sharedStrings.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(v.strip()) ? "TRUE" : "FALSE";
        }
        // a whole number as a person typed it: some writers store 42 as 42.0
        return type == null || "n".equals(type) ? v.strip().replaceFirst("^(-?[0-9]+)\\.0+$", "$1") : v;
    }

    private static int parsePositive(String text, int fallback) {
        try {
            int value = Integer.parseInt(text);
            return value >= 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
