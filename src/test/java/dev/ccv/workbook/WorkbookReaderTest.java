package dev.ccv.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.bundle.ZipLimits;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading workbooks made by another library, and refusing hostile ones with a message a person can act on. */
class WorkbookReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTextNumbersBooleansAndTheCachedValueOfAFormula() throws IOException {
        Path file = temp.resolve("answers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Intro").createRow(0).createCell(0).setCellValue("Read me");
            XSSFSheet sheet = workbook.createSheet("Case Studies");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("ARC-001");
            row.createCell(1).setCellValue(42);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellFormula("\"Y\"&\"es\"");
            workbook.setForceFormulaRecalculation(false);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("E4:F4"));
            workbook.write(out);
        }

        Workbook workbook = WorkbookReader.read(file, "answers.xlsx");

        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Intro", "Case Studies");
        Sheet sheet = workbook.sheets().get(1);
        assertThat(sheet.row(4)).containsExactly(Map.entry(1, "ARC-001"), Map.entry(2, "42"), Map.entry(3, "TRUE"),
                Map.entry(4, "Yes"));
        assertThat(sheet.merged()).extracting(CellRange::toString).containsExactly("E4:F4");
        assertThat(sheet.address(new CellRef(4, 4))).isEqualTo("'Case Studies'!D4");
    }

    @Test
    void aFormulaWithoutACachedValueIsEmptyAndNeverEvaluated() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("f.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                TestWorkbooks.sheetXml("<row r=\"2\"><c r=\"B2\"><f>1+1</f></c><c r=\"C2\" t=\"str\"><f>A1</f>"
                        + "<v>cached</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>inline</t></is></c></row>")));

        Sheet sheet = WorkbookReader.read(file, "f.xlsx").sheets().get(0);

        assertThat(sheet.row(2)).containsExactly(Map.entry(3, "cached"), Map.entry(4, "inline"));
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        Path file = TestWorkbooks.rawZip(temp.resolve("xxe.xlsx"), Map.of("xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t>"
                        + "</si></sst>"));

        assertThat(errorOf(file)).isEqualTo("xxe.xlsx: part xl/sharedStrings.xml holds a document type declaration"
                + " (DOCTYPE), which no workbook has; refusing it, since it can make a reader fetch other files");
    }

    @Test
    void anInternalEntityExpansionIsRefusedToo() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("laughs.xlsx"), Map.of("xl/workbook.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                        + "<workbook>&b;</workbook>"));

        assertThat(errorOf(file)).startsWith("laughs.xlsx: part xl/workbook.xml holds a document type declaration");
    }

    @Test
    void aPartThatExpandsFarMoreThanItCompressesIsRefused() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("bomb.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                TestWorkbooks.sheetXml(" ".repeat(8 * 1024 * 1024))));

        assertThat(errorOf(file)).matches("bomb\\.xlsx: part xl/worksheets/sheet1\\.xml expands [0-9]+ times, more"
                + " than the limit of 100:1; refusing a likely zip bomb");
    }

    @Test
    void aPartWhoseDeclaredSizeLiesIsCountedAsItInflates() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("forged.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                TestWorkbooks.sheetXml(" ".repeat(8 * 1024 * 1024))));
        forgeUncompressedSizes(file, "xl/worksheets/sheet1.xml", 1000);

        assertThat(errorOf(file)).matches("forged\\.xlsx: part xl/worksheets/sheet1\\.xml expands [0-9]+ times, more"
                + " than the limit of 100:1; refusing a likely zip bomb");
    }

    @Test
    void manyPartsThatTogetherExpandFarMoreThanTheArchiveAreRefusedByTheWholeArchivesRatio() throws IOException {
        Path file = TestWorkbooks.manySheets(temp.resolve("spread.xlsx"), 70,
                TestWorkbooks.sheetXml(" ".repeat(1000 * 1024)));

        assertThat(Files.size(file)).isLessThan(640 * 1024);
        assertThat(errorOf(file)).matches("spread\\.xlsx: expands to 68 MiB from [0-9]+ KiB \\([0-9]+ times\\), more"
                + " than the limit of 100:1 for an archive over 64 MiB; refusing a likely zip bomb");
    }

    @Test
    void theWholeArchivesRatioIsCheckedOnTheBytesReadWhenTheDeclaredSizesLie() throws IOException {
        Path file = TestWorkbooks.manySheets(temp.resolve("spread.xlsx"), 4,
                TestWorkbooks.sheetXml(" ".repeat(900 * 1024)));
        for (int i = 1; i <= 4; i++) {
            forgeUncompressedSizes(file, "xl/worksheets/sheet" + i + ".xml", 1000);
        }
        ZipLimits archiveRatioAbove2MiB = new ZipLimits(100, 1L << 30, 1 << 20, 100, 2 << 20);

        assertThatThrownBy(() -> WorkbookReader.read(file, "spread.xlsx", archiveRatioAbove2MiB))
                .hasMessageMatching("spread\\.xlsx: expands to 2 MiB from [0-9]+ KiB \\([0-9]+ times\\), more than"
                        + " the limit of 100:1 for an archive over 2 MiB; refusing a likely zip bomb");
    }

    @Test
    void theEntryCountAndTotalSizeLimitsOfBundlesApply() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("many.xlsx"), Map.of());

        assertThatThrownBy(() -> WorkbookReader.read(file, "many.xlsx", new ZipLimits(3, 1L << 30, 1 << 20, 100)))
                .hasMessage("many.xlsx: has 6 entries, more than the limit of 3; a workbook needs far fewer;"
                        + " refusing a likely zip bomb");
        assertThatThrownBy(() -> WorkbookReader.read(file, "many.xlsx", new ZipLimits(100, 200, 1 << 20, 100)))
                .hasMessageMatching("many\\.xlsx: expands to 0 MiB, more than the limit of 0 MiB; refusing a likely"
                        + " zip bomb");
    }

    @Test
    void filesThatAreNotXlsxWorkbooksSayWhatToDo() throws IOException {
        Path text = Files.writeString(temp.resolve("answers.csv"), "ID,Met?\n");
        Path xls = Files.write(temp.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        Path notWorkbook = temp.resolve("bundle.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notWorkbook))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("self-assessment.yaml"));
        }

        assertThat(errorOf(text)).startsWith("answers.csv: is not an .xlsx workbook (not a zip archive: ")
                .endsWith("); open it in a spreadsheet program and save it as an Excel workbook (.xlsx)");
        assertThat(errorOf(xls)).isEqualTo("old.xls: is an Excel 97-2003 workbook (.xls) or an encrypted one, not an"
                + " .xlsx; open it in a spreadsheet program and save it as an Excel workbook (.xlsx)");
        assertThat(errorOf(notWorkbook)).isEqualTo("bundle.zip: is a zip but not an .xlsx workbook (it has no"
                + " xl/workbook.xml); save it from a spreadsheet program as an Excel workbook (.xlsx)");
        assertThat(errorOf(temp)).endsWith(": is a folder; name a file");
        assertThat(errorOf(temp.resolve("missing.xlsx"))).isEqualTo("missing.xlsx: file not found");
    }

    @Test
    void malformedXmlNamesItsPart() throws IOException {
        Path file = TestWorkbooks.rawZip(temp.resolve("broken.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row></sheetData>"));

        assertThat(errorOf(file)).startsWith("broken.xlsx: part xl/worksheets/sheet1.xml is not well-formed XML (")
                .endsWith("); save the workbook again from Excel");
    }

    private static String errorOf(Path file) {
        try {
            WorkbookReader.read(file, file.getFileName().toString());
        } catch (InvalidInputException e) {
            List<InputError> errors = e.errors();
            assertThat(errors).hasSize(1);
            return errors.get(0).render();
        }
        throw new AssertionError("read " + file + " without an error");
    }

    /** Rewrites the uncompressed size that the zip declares for one entry, in its local and central headers. */
    private static void forgeUncompressedSizes(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < bytes.length; at++) {
            int signature = buffer.getInt(at);
            if (signature == 0x02014b50 && matches(bytes, at + 46, nameBytes)) {
                buffer.putInt(at + 24, size);
            } else if (signature == 0x08074b50) {
                buffer.putInt(at + 12, size);
            }
        }
        Files.write(zip, bytes);
    }

    private static boolean matches(byte[] bytes, int at, byte[] name) {
        return at + name.length <= bytes.length
                && java.util.Arrays.equals(bytes, at, at + name.length, name, 0, name.length);
    }
}
