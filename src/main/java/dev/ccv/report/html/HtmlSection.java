package dev.ccv.report.html;

import dev.ccv.model.result.Report;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;

/** One part of the HTML report's body, written in page order. */
public interface HtmlSection {

    void write(Report report, MarkupWriter html) throws IOException;
}
