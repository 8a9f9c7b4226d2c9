package dev.ccv.workbook;

import dev.ccv.bundle.ZipLimits;
import dev.ccv.files.GivenFile;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an .xlsx workbook (Office Open XML: a zip of XML parts) into text cells, for importing a
 * self-assessment spreadsheet. Every workbook is treated as hostile: the zip is held to the limits of
 * bundle zips, XML with a DOCTYPE is refused ({@link SafeXml}), and formulas are read as the values
 * the spreadsheet cached, never evaluated.
 */
public final class WorkbookReader {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String SAVE_AS = "; open it in a spreadsheet program and save it as an Excel workbook (.xlsx)";

    private WorkbookReader() {
    }

    /** The workbook at {@code file}; every problem is an input error at {@code display}. */
    public static Workbook read(Path file, String display) {
        return read(file, display, ZipLimits.DEFAULT);
    }

    static Workbook read(Path file, String display, ZipLimits limits) {
        GivenFile.requireRegular(file, display);
        try {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return WorkbookParts.read(new WorkbookZip(zip, limits, Files.size(file)));
            } catch (ZipException e) {
                throw new WorkbookException(isOle2(file)
                        ? "is an Excel 97-2003 workbook (.xls) or an encrypted one, not an .xlsx" + SAVE_AS
                        : "is not an .xlsx workbook (not a zip archive: " + e.getMessage() + ")" + SAVE_AS);
            }
        } catch (WorkbookException e) {
            throw new InvalidInputException(new InputError(SourcePosition.of(display), e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOle2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(OLE2_MAGIC.length);
            return java.util.Arrays.equals(head, OLE2_MAGIC);
        }
    }

    /** The sheets named in a workbook part, read in order. */
    static List<Sheet> sheets(List<WorkbookParts.SheetPart> parts, WorkbookZip zip, List<String> sharedStrings)
            throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        for (WorkbookParts.SheetPart part : parts) {
            byte[] xml = zip.read(part.path()).orElseThrow(() -> new WorkbookException("sheet \"" + part.name()
                    + "\" is listed but its part " + part.path() + " is missing; save the workbook again"));
            sheets.add(SheetParser.parse(part.name(), part.path(), xml, sharedStrings));
        }
        return sheets;
    }
}
