package dev.ccv.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks the tests make for themselves: well-formed ones through Apache POI (an independent
 * writer), hostile ones as raw zips of XML parts.
 */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A sheet's rows, each a list of cell texts from column A; null or "" leaves a cell empty. */
    public record SheetRows(String name, List<List<String>> rows, List<String> merged) {
        public SheetRows(String name, List<List<String>> rows) {
            this(name, rows, List.of());
        }
    }

    /** Writes the sheets with POI, every text as a shared string. */
    public static Path write(Path file, SheetRows... sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (SheetRows rows : sheets) {
                XSSFSheet sheet = workbook.createSheet(rows.name());
                for (int r = 0; r < rows.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
                for (String range : rows.merged()) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A minimal workbook of one sheet "Sheet1", its parts as given (by zip path) over the defaults. */
    public static Path rawZip(Path file, Map<String, String> overrides) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><si><t>ID</t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
        parts.putAll(overrides);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A workbook of {@code count} sheets, each the same worksheet part: many parts each too small for
     * the per-part ratio check, which together expand far more than the archive's size.
     */
    public static Path manySheets(Path file, int count, String worksheet) throws IOException {
        StringBuilder sheets = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            sheets.append("<sheet name=\"Sheet").append(i).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            relationships.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + i + ".xml", worksheet);
        }
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets>" + sheets + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>");
        return rawZip(file, parts);
    }

    /** A worksheet part with the given {@code <row>} elements. */
    public static String sheetXml(String rows) {
        return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** Bytes of a zip whose one extra entry is {@code size} bytes of zeros (it deflates about 1000:1). */
    public static byte[] zeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] block = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
            for (long written = 0; written < size; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, size - written));
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
