package dev.ccv.cli;

import dev.ccv.report.HtmlSummaryReporter;
import java.nio.file.Path;

/** Links between files a run writes, as an HTML page names them. */
final class HtmlLinks {

    private HtmlLinks() {
    }

    /** {@code target} relative to the folder {@code from}, as a URL path: '/' between percent-encoded names. */
    static String relative(Path from, Path target) {
        Path relative = from.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize());
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        return path.isEmpty() ? "." : HtmlSummaryReporter.encoded(path);
    }
}
