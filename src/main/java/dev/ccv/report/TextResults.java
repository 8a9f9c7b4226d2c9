package dev.ccv.report;

import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.report.TextStyle.Colour;
import java.util.List;
import java.util.Map;

/**
 * The section-by-section part of the text report: one line per item with its status; for
 * case-study-scoped items, one line per case study that needs attention and one line for the
 * rest; each message under its result with its {@code file:line}.
 */
final class TextResults {

    private static final int STATUS_WIDTH = 5;

    private final Report report;
    private final TextStyle style;
    private final StringBuilder out;
    private final int idWidth;
    private final Map<String, List<ItemResult>> resultsByItem;

    TextResults(Report report, TextStyle style, StringBuilder out) {
        this.report = report;
        this.style = style;
        this.out = out;
        int widest = 0;
        for (Item item : report.checklist().items()) {
            widest = Math.max(widest, item.id().length());
        }
        this.idWidth = widest;
        this.resultsByItem = report.evaluation().resultsByItem();
    }

    void write() {
        Checklist checklist = report.checklist();
        for (Section section : checklist.sections()) {
            out.append('\n').append(style.paint(TerminalText.inert(section.title()), Colour.BOLD)).append('\n');
            for (Item item : section.items()) {
                writeItem(item);
            }
        }
    }

    private void writeItem(Item item) {
        List<ItemResult> results = resultsByItem.getOrDefault(item.id(), List.of());
        String head = "  " + status(ResultStatus.rollUp(results), item.severity()) + "  " + pad(item.id()) + "  ";
        int titleColumn = 2 + STATUS_WIDTH + 2 + idWidth + 2;
        String title = TerminalText.inert(item.title())
                + (item.severity() == Severity.RECOMMENDED ? "  (recommended)" : "");
        out.append(head).append(TerminalText.wrap(title, titleColumn, titleColumn)).append('\n');
        if (!item.isCaseStudyScoped()) {
            for (ItemResult result : results) {
                writeMessages(result, titleColumn);
            }
            return;
        }
        if (results.isEmpty()) {
            out.append(" ".repeat(titleColumn)).append("no case study under consideration\n");
        }
        int quiet = 0;
        for (ItemResult result : results) {
            quiet += isQuiet(result) ? 1 : 0;
        }
        boolean fold = quiet > 1;
        for (ItemResult result : results) {
            if (fold && isQuiet(result)) {
                continue;
            }
            out.append(" ".repeat(titleColumn)).append(status(result.status(), item.severity())).append("  ")
                    .append(TerminalText.inert(result.caseStudyId())).append('\n');
            writeMessages(result, titleColumn + STATUS_WIDTH + 2);
        }
        if (fold) {
            String which = quiet == results.size() ? (quiet == 2 ? "for both case studies" : "for all " + quiet + " case studies")
                    : "for the other " + quiet + " case studies";
            out.append(" ".repeat(titleColumn)).append(status(ResultStatus.MET, item.severity())).append("  ")
                    .append(which).append('\n');
        }
    }

    /** A met result with nothing to say: folded with the others into one line. */
    private static boolean isQuiet(ItemResult result) {
        return result.status() == ResultStatus.MET && result.messages().isEmpty();
    }

    private void writeMessages(ItemResult result, int indent) {
        String where = result.location() == null ? "" : TerminalText.where(result.location()) + ": ";
        for (String message : result.messages()) {
            out.append(" ".repeat(indent))
                    .append(TerminalText.wrap(TerminalText.inert(where + message), indent, indent + 4)).append('\n');
        }
    }

    private String status(ResultStatus status, Severity severity) {
        return switch (status) {
            case MET -> style.cell("MET", STATUS_WIDTH, Colour.GREEN);
            case UNMET -> style.cell("UNMET", STATUS_WIDTH, severity == Severity.REQUIRED ? Colour.BOLD_RED : Colour.YELLOW);
            case NOT_APPLICABLE -> style.cell("N/A", STATUS_WIDTH, Colour.DIM);
        };
    }

    private String pad(String id) {
        return id + " ".repeat(Math.max(0, idWidth - id.length()));
    }
}
