package dev.ccv.report;

import dev.ccv.model.result.Report;
import dev.ccv.report.xlsx.XlsxWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The results as an Excel workbook in the layout of AWS's Self-Assessment Spreadsheet, plus a
 * Findings and a Summary sheet, for auditors and AWS. It is binary, so it is written to a file only.
 */
public final class XlsxReporter implements Reporter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        XlsxWorkbook.write(report, out);
    }

    /** Never called: {@link ReportFormats#isBinary} keeps xlsx off standard output and text writers. */
    @Override
    public void write(Report report, Writer out) {
        throw new UnsupportedOperationException("xlsx is a binary format; write it to a file");
    }
}
