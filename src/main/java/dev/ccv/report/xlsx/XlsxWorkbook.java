package dev.ccv.report.xlsx;

import dev.ccv.model.result.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes the three sheets with fastexcel (a small, streaming .xlsx writer), then copies the package
 * with fixed timestamps so that identical inputs give identical bytes.
 */
public final class XlsxWorkbook {

    private XlsxWorkbook() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(raw, "ccv", null);
        new RequirementsSheet(report).write(workbook.newWorksheet(RequirementsSheet.NAME));
        FindingsSheet.write(report, workbook.newWorksheet(FindingsSheet.NAME));
        SummarySheet.write(report, workbook.newWorksheet(SummarySheet.NAME));
        workbook.finish();
        FixedTimestamps.copy(raw.toByteArray(), report.asOf(), out);
    }
}
