package dev.ccv.report;

import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Summary;
import dev.ccv.report.TextStyle.Colour;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio summary as a table for a terminal: one line per bundle in path order (aligned
 * columns, the widths found in a first reading of the bundles), then what kept each bundle from
 * passing, then the totals. Colour only where the options allow it; user text made inert.
 */
public final class TextSummaryReporter implements SummaryReporter {

    static final int PARTNER_WIDTH = 32;
    static final int PROBLEMS_SHOWN = 5;
    private static final String[] HEADINGS = {"BUNDLE", "RESULT", "EXIT", "CHECKLIST", "PARTNER",
        "ITEMS", "MET", "UNMET", "N/A", "CRITICAL", "OBS"};
    private static final int FIRST_NUMBER = 2;

    private final TextStyle style;

    public TextSummaryReporter(RenderOptions options) {
        this.style = new TextStyle(options);
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(Portfolio portfolio, Writer out) throws IOException {
        out.write(style.paint(heading(portfolio), Colour.BOLD) + "\n\n");
        int[] widths = widths(portfolio);
        out.write(style.paint(line(HEADINGS, widths), Colour.BOLD) + "\n");
        for (BundleOutcome outcome : portfolio.bundles()) {
            String[] cells = cells(outcome);
            String text = line(cells, widths);
            int at = widths[0] + 2;
            String word = cells[1];
            out.write(text.substring(0, at) + style.paint(word, colour(outcome.exitCode()))
                    + text.substring(at + word.length()) + "\n");
        }
        writeProblems(portfolio, out);
        out.write("\n" + style.paint("Totals", Colour.BOLD) + "  " + SummaryWords.totals(portfolio.totals()) + "\n");
        out.write(style.paint("Exit code", Colour.BOLD) + "  " + SummaryWords.exitCode(portfolio.totals().exitCode())
                + "\n");
        out.flush();
    }

    private static String heading(Portfolio portfolio) {
        int bundles = portfolio.totals().bundles();
        return "ccv " + portfolio.toolVersion() + " batch: " + bundles + (bundles == 1 ? " bundle" : " bundles")
                + portfolio.asOf().map(date -> ", as of " + date).orElse("")
                + (portfolio.redacted() ? ", redacted" : "");
    }

    private void writeProblems(Portfolio portfolio, Writer out) throws IOException {
        if (portfolio.totals().failures() == 0) {
            return;
        }
        out.write("\n" + style.paint("Problems", Colour.BOLD) + "\n");
        for (BundleOutcome outcome : portfolio.bundles()) {
            if (outcome.exitCode() == ExitCode.PASS) {
                continue;
            }
            out.write("  " + TerminalText.inert(outcome.path()) + "  " + style.paint(SummaryWords.result(outcome),
                    colour(outcome.exitCode())) + " (exit " + outcome.exitCode().code() + ")\n");
            List<String> problems = outcome.problems();
            for (String problem : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
                out.write("    " + TerminalText.inert(problem) + "\n");
            }
            if (problems.size() > PROBLEMS_SHOWN) {
                out.write("    " + style.paint("... " + (problems.size() - PROBLEMS_SHOWN)
                        + " more in the JSON summary and the bundle's report", Colour.DIM) + "\n");
            }
        }
    }

    private static int[] widths(Portfolio portfolio) {
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
        }
        for (BundleOutcome outcome : portfolio.bundles()) {
            String[] cells = cells(outcome);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        return widths;
    }

    private static String[] cells(BundleOutcome outcome) {
        List<String> cells = new ArrayList<>(List.of(TerminalText.inert(outcome.path()), SummaryWords.result(outcome),
                String.valueOf(outcome.exitCode().code()), TerminalText.inert(SummaryWords.checklist(outcome)),
                shortened(TerminalText.inert(SummaryWords.partner(outcome)))));
        if (outcome.evaluated().isPresent()) {
            Summary s = outcome.evaluated().get().summary();
            for (int count : new int[] {s.items(), s.met(), s.unmet(), s.notApplicable(), s.criticalOpen(),
                    s.observations()}) {
                cells.add(String.valueOf(count));
            }
        } else {
            for (int i = 0; i < 6; i++) {
                cells.add("-");
            }
        }
        return cells.toArray(String[]::new);
    }

    /** Cells padded to their widths, numbers to the right, two spaces apart; no trailing spaces. */
    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            boolean number = i == FIRST_NUMBER || i > FIRST_NUMBER + 2;
            line.append(i == 0 ? "" : "  ").append(number ? pad + cells[i] : cells[i] + pad);
        }
        return line.toString().stripTrailing();
    }

    private static String shortened(String partner) {
        return partner.length() <= PARTNER_WIDTH ? partner : partner.substring(0, PARTNER_WIDTH - 1) + "…";
    }

    private static Colour colour(ExitCode code) {
        return code == ExitCode.PASS ? Colour.GREEN : Colour.RED;
    }
}
