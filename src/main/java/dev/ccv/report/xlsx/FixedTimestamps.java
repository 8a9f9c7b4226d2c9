package dev.ccv.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a written workbook depend on its content only: the workbook library stamps the document's
 * creation time with the clock, so the package is copied with that date set to the report's as-of
 * date, and every entry dated at its midnight.
 */
final class FixedTimestamps {

    private static final String CORE_PROPERTIES = "docProps/core.xml";
    /** The earliest date a zip entry can carry without an extra field. */
    private static final LocalDate DOS_EPOCH = LocalDate.of(1980, 1, 1);
    private static final String CREATED = "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)";

    private FixedTimestamps() {
    }

    static void copy(byte[] workbook, LocalDate asOf, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> entry : PackageEntries.read(workbook).entrySet()) {
            byte[] content = entry.getValue();
            if (entry.getKey().equals(CORE_PROPERTIES)) {
                content = new String(content, StandardCharsets.UTF_8)
                        .replaceAll(CREATED, "$1" + asOf + "T00:00:00Z$2").getBytes(StandardCharsets.UTF_8);
            }
            ZipEntry copy = new ZipEntry(entry.getKey());
            // DOS time fields as given, whatever the machine's time zone
            copy.setTimeLocal(asOf.isBefore(DOS_EPOCH) ? DOS_EPOCH.atStartOfDay() : asOf.atStartOfDay());
            zip.putNextEntry(copy);
            zip.write(content);
            zip.closeEntry();
        }
        zip.finish();
    }
}
