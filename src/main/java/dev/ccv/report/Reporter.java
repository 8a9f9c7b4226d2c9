package dev.ccv.report;

import dev.ccv.model.result.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes one report format from the one result model. Reporters never change the report. */
public interface Reporter {

    /** The format's name on the command line, e.g. {@code json}. */
    String format();

    void write(Report report, Writer out) throws IOException;
}
