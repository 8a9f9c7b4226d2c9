package dev.ccv.report.xlsx;

import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import dev.ccv.report.wording.AuditWording;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;

/** The findings, one row each, in the report's order, with what the auditor recorded: where remediation is tracked. */
final class FindingsSheet {

    static final String NAME = "Findings";

    private FindingsSheet() {
    }

    static void write(Report report, Worksheet worksheet) {
        Map<String, String> customers = new HashMap<>();
        for (CaseStudyStatus caseStudy : report.evaluation().caseStudies()) {
            customers.put(caseStudy.id(), caseStudy.customer());
        }
        SheetTable table = new SheetTable(worksheet, List.of("Item", "Case Study", "Customer", "Severity", "State",
                "Blocking", "Message", "Auditor's Note", "Remediated On", "Remediation Evidence", "Location"));
        for (Finding finding : report.evaluation().findings()) {
            table.row(java.util.Arrays.asList(finding.itemId(), finding.caseStudyId(),
                    finding.caseStudyId() == null ? null : customers.get(finding.caseStudyId()),
                    finding.severity().jsonName(), finding.state().jsonName(), finding.blocking() ? "Yes" : "No",
                    finding.message(), finding.auditorNote(),
                    finding.audit().remediatedOn() == null ? null : finding.audit().remediatedOn().toString(),
                    remediationEvidence(finding),
                    finding.location() == null ? null : finding.location().toString()));
        }
        table.finish(1, 1, true);
    }

    /** One line per reference: the reference, whether it resolved, and its SHA-256. */
    private static String remediationEvidence(Finding finding) {
        List<String> lines = new java.util.ArrayList<>();
        for (RemediationReference reference : finding.audit().remediationEvidence()) {
            lines.add(reference.ref() + " (" + AuditWording.state(reference) + ")");
        }
        return String.join("\n", lines);
    }
}
