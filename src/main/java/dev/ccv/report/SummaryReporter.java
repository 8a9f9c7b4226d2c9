package dev.ccv.report;

import dev.ccv.model.portfolio.Portfolio;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes one format of a batch's portfolio summary. The bundles are read from the portfolio as
 * the summary is written, in path order; a reporter holds no more of them than it writes at once.
 */
public interface SummaryReporter {

    /** The format's name on the command line, e.g. {@code json}. */
    String format();

    void write(Portfolio portfolio, Writer out) throws IOException;
}
