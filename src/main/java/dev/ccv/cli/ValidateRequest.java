package dev.ccv.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The options of one {@code ccv validate}, as plain values; {@code audit} and {@code bundleRoot} may be null. */
record ValidateRequest(
        Path path,
        List<String> checklists,
        Path audit,
        Path bundleRoot,
        LocalDate asOf,
        List<ReportTarget> reports,
        boolean redact) {
}
