package dev.ccv.report;

import dev.ccv.model.Checklist;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.report.wording.ChecklistOrigin;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment or
 * {@code $GITHUB_STEP_SUMMARY}: verdict first, then counts, findings, case studies and integrity;
 * all results folded away. Every piece of user text goes through {@link MarkdownText}.
 */
public final class MarkdownReporter implements Reporter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        boolean pass = report.verdict() == Verdict.PASS;
        md.append("## ccv ").append(report.mode().jsonName()).append(": ")
                .append(VerdictReasons.line(report, pass ? "PASS" : "FAIL")).append("\n\n");
        writeRunTable(report, md);
        writeSummary(report.summary(), md);
        writeFindings(report.evaluation().findings(), md);
        writeCaseStudies(report.evaluation().caseStudies(), md);
        writeIntegrity(report.integrity(), md);
        writeList("Notes", report.evaluation().notes(), md);
        writeList("Warnings", report.checklistVersionWarning() == null ? List.of()
                : List.of(report.checklistVersionWarning()), md);
        writeResults(report.evaluation().results(), md);
        out.write(md.toString());
    }

    private static void writeRunTable(Report report, StringBuilder md) {
        Checklist checklist = report.checklist();
        md.append("| | |\n|---|---|\n");
        row(md, report.applicant().label(), text(report.applicant().name()));
        row(md, "Checklist", text(checklist.title()) + " (" + text(checklist.id()) + " " + text(checklist.version()) + ")");
        ChecklistOrigin.fields(checklist).forEach((label, value) -> row(md, label, text(value)));
        row(md, "As of", text(AuditWording.asOf(report)));
        if (report.audit() != null) {
            row(md, "Audit", text(AuditWording.auditor(report.audit())));
            if (!report.audit().auditors().isEmpty()) {
                row(md, "Auditors", text(AuditWording.people(report.audit())));
            }
        }
        row(md, "Mode", report.mode().jsonName());
        row(md, "Tool", "ccv " + text(report.toolVersion()));
        if (report.redacted()) {
            row(md, "Redacted", "non-public case studies anonymised, notes removed");
        }
    }

    private static void writeSummary(Summary summary, StringBuilder md) {
        md.append("\n### Summary\n\n")
                .append("| Items | Met | Unmet | Not applicable | Critical open | Critical remediated "
                        + "| Critical unremediable | Observations |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(md, String.valueOf(summary.items()), String.valueOf(summary.met()), String.valueOf(summary.unmet()),
                String.valueOf(summary.notApplicable()), String.valueOf(summary.criticalOpen()),
                String.valueOf(summary.criticalRemediated()), String.valueOf(summary.criticalUnremediable()),
                String.valueOf(summary.observations()));
    }

    private static void writeFindings(List<Finding> findings, StringBuilder md) {
        md.append("\n### Findings\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| Item | Case study | Severity | State | Blocking | Message | Remediation | Location |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Finding finding : findings) {
            String message = text(finding.message())
                    + (finding.auditorNote() == null ? "" : "<br>Auditor's note: " + text(finding.auditorNote()));
            row(md, text(finding.itemId()), text(finding.caseStudyId()), finding.severity().jsonName(),
                    finding.state().jsonName(), finding.blocking() ? "**yes**" : "no", message,
                    remediation(finding.audit()), location(finding.location()));
        }
    }

    /** When it was remediated, then each piece of remediation evidence with whether it resolved. */
    private static String remediation(AuditTrail audit) {
        List<String> lines = new ArrayList<>();
        if (audit.remediatedOn() != null) {
            lines.add("on " + audit.remediatedOn());
        }
        for (RemediationReference reference : audit.remediationEvidence()) {
            lines.add(text(reference.ref()) + " (" + text(AuditWording.state(reference)) + ")");
        }
        return String.join("<br>", lines);
    }

    private static void writeCaseStudies(List<CaseStudyStatus> caseStudies, StringBuilder md) {
        if (caseStudies.isEmpty()) {
            return;
        }
        md.append("\n### Case studies\n\n")
                .append("| Case study | Customer | URL | Public | Considered | Removed because |\n")
                .append("|---|---|---|---|---|---|\n");
        for (CaseStudyStatus caseStudy : caseStudies) {
            row(md, text(caseStudy.id()), text(caseStudy.customer()), text(caseStudy.url()),
                    caseStudy.isPublic() ? "yes" : "no", caseStudy.considered() ? "yes" : "**no**",
                    text(caseStudy.removedBecause()));
        }
    }

    /** Only a sealed bundle has anything to say here: then the state of each layer of its seal. */
    private static void writeIntegrity(Integrity integrity, StringBuilder md) {
        if (!integrity.sealed()) {
            return;
        }
        md.append("\n### Bundle integrity\n");
        for (SealLayer layer : integrity.layers()) {
            md.append('\n');
            if (!layer.sealed()) {
                md.append(text(layer.manifest())).append(" (the ").append(layer.owner())
                        .append("'s layer): not sealed.\n");
                continue;
            }
            String files = VerdictReasons.count(layer.filesVerified(), "file") + " verified against "
                    + text(layer.manifest()) + " (the " + layer.owner() + "'s layer)";
            if (!layer.failed()) {
                md.append("OK: ").append(files).append(".\n");
                continue;
            }
            md.append("**FAILED**: ").append(files).append(", ")
                    .append(VerdictReasons.count(layer.problems().size(), "problem")).append(".\n\n")
                    .append("| File | Problem |\n|---|---|\n");
            for (IntegrityProblem problem : layer.problems()) {
                row(md, text(problem.path()), text(problem.problem()));
            }
        }
    }

    private static void writeList(String title, List<String> entries, StringBuilder md) {
        if (entries.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append("\n\n");
        entries.forEach(entry -> md.append("- ").append(MarkdownText.listItem(entry)).append('\n'));
    }

    private static void writeResults(List<ItemResult> results, StringBuilder md) {
        md.append("\n<details><summary>All results</summary>\n\n")
                .append("| Section | Item | Case study | Status | Messages |\n|---|---|---|---|---|\n");
        for (ItemResult result : results) {
            String where = result.location() == null ? "" : location(result.location()) + ": ";
            String messages = String.join("<br>", result.messages().stream().map(m -> where + text(m)).toList());
            row(md, text(result.sectionId()), text(result.itemId()), text(result.caseStudyId()),
                    result.status().jsonName(), messages);
        }
        md.append("\n</details>\n");
    }

    private static String location(SourcePosition position) {
        return position == null ? "" : text(TerminalText.where(position));
    }

    private static String text(String userText) {
        return MarkdownText.inline(userText);
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
