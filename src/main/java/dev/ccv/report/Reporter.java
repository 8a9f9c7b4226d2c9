package dev.ccv.report;

import dev.ccv.model.result.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes one report format from the one result model. Reporters never change the report. */
public interface Reporter {

    /** The format's name on the command line, e.g. {@code json}. */
    String format();

    void write(Report report, Writer out) throws IOException;

    /** Whether the format is binary: written to a file only, through {@link #write(Report, OutputStream)}. */
    default boolean binary() {
        return false;
    }

    /** Writes to a file's bytes: a text format as UTF-8. */
    default void write(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, writer);
        writer.flush();
    }
}
