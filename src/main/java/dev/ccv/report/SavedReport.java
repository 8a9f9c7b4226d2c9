package dev.ccv.report;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Verdict;
import java.util.List;

/**
 * A JSON report read back from a file: the part of it that {@code ccv diff} compares.
 * {@code source} is the file as the user named it.
 */
public record SavedReport(String source, Verdict verdict, List<Finding> findings) {

    public SavedReport {
        findings = List.copyOf(findings);
    }
}
