package dev.ccv.cli;

import dev.ccv.report.ReportFormats;
import java.util.Iterator;

/** The report format names, read from the one registry, for the help text and completion. */
final class FormatNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ReportFormats.names().iterator();
    }
}
