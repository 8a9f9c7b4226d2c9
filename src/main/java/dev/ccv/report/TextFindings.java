package dev.ccv.report;

import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.Report;
import dev.ccv.report.TextStyle.Colour;
import dev.ccv.report.wording.AuditWording;
import java.util.List;

/** The case studies, findings and bundle-integrity parts of the text report. */
final class TextFindings {

    private static final int DETAIL_INDENT = 6;

    private final Report report;
    private final TextStyle style;
    private final StringBuilder out;

    TextFindings(Report report, TextStyle style, StringBuilder out) {
        this.report = report;
        this.style = style;
        this.out = out;
    }

    void writeCaseStudies() {
        List<CaseStudyStatus> caseStudies = report.evaluation().caseStudies();
        if (caseStudies.isEmpty()) {
            return;
        }
        int considered = 0;
        int idWidth = 0;
        for (CaseStudyStatus caseStudy : caseStudies) {
            considered += caseStudy.considered() ? 1 : 0;
            idWidth = Math.max(idWidth, TerminalText.inert(caseStudy.id()).length());
        }
        heading("Case studies (" + considered + " of " + caseStudies.size() + " under consideration)");
        for (CaseStudyStatus caseStudy : caseStudies) {
            String id = TerminalText.inert(caseStudy.id());
            String head = "  " + id + " ".repeat(idWidth - id.length()) + "  "
                    + style.cell(caseStudy.isPublic() ? "public" : "non-public", 10, Colour.DIM) + "  "
                    + style.cell(caseStudy.considered() ? "considered" : "REMOVED", 10,
                            caseStudy.considered() ? Colour.GREEN : Colour.BOLD_RED) + "  ";
            int column = 2 + idWidth + 2 + 10 + 2 + 10 + 2;
            out.append(head).append(TerminalText.wrap(customer(caseStudy), column, column)).append('\n');
            if (caseStudy.removedBecause() != null) {
                detail(2 + idWidth + 2, "removed because " + caseStudy.removedBecause());
            }
        }
    }

    void writeFindings() {
        List<Finding> findings = report.evaluation().findings();
        if (findings.isEmpty()) {
            heading("Findings: none");
            return;
        }
        heading("Findings (" + findings.size() + ")");
        int keyWidth = 0;
        for (Finding finding : findings) {
            keyWidth = Math.max(keyWidth, key(finding).length());
        }
        for (Finding finding : findings) {
            String key = key(finding);
            out.append("  ").append(key).append(" ".repeat(keyWidth - key.length())).append("  ")
                    .append(style.cell(finding.severity().jsonName(), 11, Colour.DIM)).append("  ")
                    .append(style.cell(finding.state().jsonName(), 12, stateColour(finding)));
            if (finding.blocking()) {
                out.append("  ").append(style.paint("BLOCKING", Colour.BOLD_RED));
            }
            out.append('\n');
            String where = finding.location() == null ? "" : TerminalText.where(finding.location()) + ": ";
            detail(DETAIL_INDENT, where + finding.message());
            writeAuditTrail(finding.audit());
        }
    }

    /** What the auditor recorded: the note, the remediation date, and each piece of remediation evidence. */
    private void writeAuditTrail(AuditTrail audit) {
        if (audit.note() != null) {
            detail(DETAIL_INDENT, "Auditor's note: " + audit.note());
        }
        if (audit.remediatedOn() != null) {
            detail(DETAIL_INDENT, "Remediated on " + audit.remediatedOn());
        }
        for (RemediationReference reference : audit.remediationEvidence()) {
            detail(DETAIL_INDENT, "Remediation evidence: " + reference.ref() + " (" + AuditWording.state(reference) + ")");
        }
    }

    /** Only a sealed bundle has anything to say here: then one line for each layer of the seal, sealed or not. */
    void writeIntegrity() {
        Integrity integrity = report.integrity();
        if (!integrity.sealed()) {
            return;
        }
        out.append('\n');
        for (SealLayer layer : integrity.layers()) {
            writeLayer(layer);
        }
    }

    private void writeLayer(SealLayer layer) {
        out.append(style.paint("Bundle integrity (" + layer.manifest() + "):", Colour.BOLD)).append(' ');
        if (!layer.sealed()) {
            out.append("not sealed (the ").append(layer.owner()).append("'s layer)\n");
            return;
        }
        String files = layer.filesVerified() + (layer.filesVerified() == 1 ? " file" : " files");
        if (!layer.failed()) {
            out.append(style.paint("OK", Colour.GREEN)).append(", ").append(files).append(" verified\n");
            return;
        }
        int count = layer.problems().size();
        out.append(style.paint("FAILED", Colour.BOLD_RED)).append(", ").append(files).append(" verified, ")
                .append(count).append(count == 1 ? " problem\n" : " problems\n");
        for (IntegrityProblem problem : layer.problems()) {
            detail(2, problem.path() + ": " + problem.problem());
        }
    }

    private static String customer(CaseStudyStatus caseStudy) {
        String customer = TerminalText.inert(caseStudy.customer());
        return caseStudy.url() == null || caseStudy.url().isBlank() ? customer
                : customer + " (" + TerminalText.inert(caseStudy.url()) + ")";
    }

    private static String key(Finding finding) {
        return TerminalText.inert(finding.caseStudyId() == null ? finding.itemId()
                : finding.itemId() + " " + finding.caseStudyId());
    }

    private static Colour stateColour(Finding finding) {
        return switch (finding.state()) {
            case OPEN -> finding.blocking() ? Colour.BOLD_RED : Colour.YELLOW;
            case REMEDIATED -> Colour.GREEN;
            case UNREMEDIABLE -> Colour.YELLOW;
        };
    }

    private void heading(String text) {
        out.append('\n').append(style.paint(text, Colour.BOLD)).append('\n');
    }

    private void detail(int indent, String text) {
        out.append(" ".repeat(indent)).append(TerminalText.wrap(TerminalText.inert(text), indent, indent + 4))
                .append('\n');
    }
}
