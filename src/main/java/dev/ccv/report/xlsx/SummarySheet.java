package dev.ccv.report.xlsx;

import dev.ccv.model.FailOn;
import dev.ccv.model.InputFile;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.report.wording.ChecklistOrigin;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The verdict and what it rests on, as field and value: counts, checklist, as-of date, audit, case studies, inputs. */
final class SummarySheet {

    static final String NAME = "Summary";

    private final SheetTable table;

    private SummarySheet(Worksheet worksheet) {
        this.table = new SheetTable(worksheet, List.of("Field", "Value"));
    }

    static void write(Report report, Worksheet worksheet) {
        SummarySheet sheet = new SummarySheet(worksheet);
        sheet.run(report);
        sheet.table.finish(1, 1, true);
    }

    private void run(Report report) {
        Summary summary = report.summary();
        field("Verdict", report.verdict().jsonName().toUpperCase(java.util.Locale.ROOT));
        field("Exit code", String.valueOf(report.exitCode().code()));
        field("Fail on", failOn(report.evaluation().failOn()));
        field("Mode", report.mode().jsonName());
        field(report.applicant().label(), report.applicant().name());
        ApplicantFields.write(report, this::field);
        field("Checklist", report.checklist().id() + ": " + report.checklist().title());
        field("Checklist version", report.checklist().version());
        ChecklistOrigin.fields(report.checklist()).forEach(this::field);
        if (report.checklistVersionWarning() != null) {
            field("Checklist version warning", report.checklistVersionWarning());
        }
        field("As of", AuditWording.asOf(report));
        if (report.audit() != null) {
            field("Audit", AuditWording.auditor(report.audit()));
            if (!report.audit().auditors().isEmpty()) {
                field("Auditors", AuditWording.people(report.audit()));
            }
        }
        field("Items", String.valueOf(summary.items()));
        field("Met", String.valueOf(summary.met()));
        field("Unmet", String.valueOf(summary.unmet()));
        field("Not applicable", String.valueOf(summary.notApplicable()));
        field("Critical findings open", String.valueOf(summary.criticalOpen()));
        field("Critical findings remediated", String.valueOf(summary.criticalRemediated()));
        field("Critical findings unremediable", String.valueOf(summary.criticalUnremediable()));
        field("Observations", String.valueOf(summary.observations()));
        for (CaseStudyStatus caseStudy : report.evaluation().caseStudies()) {
            field("Case study " + caseStudy.id(), caseStudy.customer() + (caseStudy.isPublic() ? " (public)" : "")
                    + (caseStudy.considered() ? "" : "; removed from consideration: " + caseStudy.removedBecause()));
        }
        integrity(report.integrity());
        for (String note : report.evaluation().notes()) {
            field("Note", note);
        }
        for (InputFile input : report.inputs()) {
            field("Input " + input.path() + " (SHA-256)", input.sha256());
        }
        field("Redacted", report.redacted() ? "Yes: non-public case studies hidden, notes dropped" : "No");
        field("Written by", "ccv " + report.toolVersion());
    }

    /** The threshold the verdict was decided at, as {@code --fail-on} names it, with what it means. */
    private static String failOn(FailOn threshold) {
        return threshold.jsonName() + (threshold == FailOn.OBSERVATION
                ? " (--fail-on observation: open observations fail the verdict too)"
                : " (only open critical findings fail the verdict)");
    }

    private void integrity(Integrity integrity) {
        if (!integrity.sealed()) {
            field("Integrity", "not sealed (no MANIFEST.sha256)");
            return;
        }
        field("Integrity", integrity.failed() ? "FAILED: " + integrity.problems().size() + " file(s) do not match"
                : "verified: " + integrity.filesVerified() + " file(s) match MANIFEST.sha256");
        for (IntegrityProblem problem : integrity.problems()) {
            field("Integrity problem", problem.path() + ": " + problem.problem());
        }
    }

    private void field(String name, String value) {
        table.row(java.util.Arrays.asList(name, value));
    }
}
