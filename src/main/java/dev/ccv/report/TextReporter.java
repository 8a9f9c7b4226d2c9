package dev.ccv.report;

import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import dev.ccv.report.TextStyle.Colour;
import dev.ccv.report.wording.AuditWording;
import dev.ccv.report.wording.ChecklistOrigin;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The default report, for a person at a terminal: the run's header, every result section by
 * section, case studies, findings, integrity, notes and warnings, then the verdict last, where
 * the eye lands. Colour only when the options allow it; lines fit 100 columns.
 */
public final class TextReporter implements Reporter {

    private final TextStyle style;

    public TextReporter(RenderOptions options) {
        this.style = new TextStyle(options);
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        writeHeader(report, text);
        new TextResults(report, style, text).write();
        TextFindings findings = new TextFindings(report, style, text);
        findings.writeCaseStudies();
        findings.writeFindings();
        findings.writeIntegrity();
        writeList("Notes", report.evaluation().notes(), text);
        writeList("Warnings", report.checklistVersionWarning() == null ? List.of()
                : List.of(report.checklistVersionWarning()), text);
        writeSummary(report.summary(), text);
        text.append(verdictLine(report)).append('\n');
        // padded columns leave spaces at the end of some lines; nobody wants them in a log
        for (String line : text.toString().split("\n")) {
            out.write(line.stripTrailing() + "\n");
        }
    }

    private void writeHeader(Report report, StringBuilder text) {
        text.append(style.paint("ccv " + report.toolVersion() + " " + report.mode().jsonName() + " report", Colour.BOLD))
                .append('\n');
        String checklist = TerminalText.inert(report.checklist().title()) + " (" + TerminalText.inert(report.checklist().id())
                + " " + TerminalText.inert(report.checklist().version()) + ")";
        field("Checklist", checklist, text);
        ChecklistOrigin.fields(report.checklist()).forEach((label, value) -> field(label, TerminalText.inert(value), text));
        field(report.applicant().label(), TerminalText.inert(report.applicant().name()), text);
        field("As of", AuditWording.asOf(report), text);
        if (report.audit() != null) {
            field("Audit", TerminalText.inert(AuditWording.auditor(report.audit())), text);
            if (!report.audit().auditors().isEmpty()) {
                field("Auditors", TerminalText.inert(AuditWording.people(report.audit())), text);
            }
        }
        if (report.redacted()) {
            field("Redacted", "non-public case studies anonymised, notes removed", text);
        }
    }

    private static void field(String label, String value, StringBuilder text) {
        text.append(label).append(" ".repeat(11 - label.length())).append(TerminalText.wrap(value, 11, 11)).append('\n');
    }

    private void writeList(String title, List<String> entries, StringBuilder text) {
        if (entries.isEmpty()) {
            return;
        }
        text.append('\n').append(style.paint(title, Colour.BOLD)).append('\n');
        for (String entry : entries) {
            text.append("  - ").append(TerminalText.wrap(TerminalText.inert(entry), 4, 4)).append('\n');
        }
    }

    private static void writeSummary(Summary summary, StringBuilder text) {
        text.append('\n')
                .append("Items              ").append(summary.items()).append(": ").append(summary.met())
                .append(" met, ").append(summary.unmet()).append(" unmet, ").append(summary.notApplicable())
                .append(" not applicable\n")
                .append("Critical findings  ").append(summary.criticalOpen()).append(" open, ")
                .append(summary.criticalRemediated()).append(" remediated, ")
                .append(summary.criticalUnremediable()).append(" unremediable\n")
                .append("Observations       ").append(summary.observations()).append('\n');
    }

    /** {@code Verdict: PASS}, or {@code Verdict: FAIL} with what makes it fail. */
    String verdictLine(Report report) {
        boolean pass = report.verdict() == Verdict.PASS;
        String word = style.paint(pass ? "PASS" : "FAIL", pass ? Colour.BOLD_GREEN : Colour.BOLD_RED);
        return "Verdict: " + VerdictReasons.line(report, word);
    }
}
