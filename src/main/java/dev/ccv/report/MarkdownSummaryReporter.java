package dev.ccv.report;

import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Summary;
import java.io.IOException;
import java.io.Writer;

/**
 * The portfolio summary as GitHub-flavoured Markdown, for a pull-request comment or
 * {@code $GITHUB_STEP_SUMMARY}: the totals, a table of the bundles, then what kept each bundle
 * from passing, folded away. Every piece of user text goes through {@link MarkdownText}.
 */
public final class MarkdownSummaryReporter implements SummaryReporter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(Portfolio portfolio, Writer out) throws IOException {
        out.write("## " + (portfolio.totals().failures() == 0 ? "✅" : "❌") + " ccv batch: "
                + portfolio.totals().bundles() + " bundles, " + portfolio.totals().passed() + " pass\n\n");
        out.write("**Totals:** " + SummaryWords.totals(portfolio.totals()) + ". Exit code "
                + SummaryWords.exitCode(portfolio.totals().exitCode()) + "."
                + portfolio.asOf().map(date -> " As of " + date + ".").orElse("")
                + (portfolio.redacted() ? " Redacted." : "") + "\n\n");
        out.write("| Bundle | Result | Exit | Checklist | Partner | Items | Met | Unmet | N/A | Open critical "
                + "| Observations |\n");
        out.write("|---|---|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (BundleOutcome outcome : portfolio.bundles()) {
            out.write(row(outcome));
        }
        writeProblems(portfolio, out);
        out.write("\n<sub>ccv " + MarkdownText.inline(portfolio.toolVersion()) + "</sub>\n");
        out.flush();
    }

    private static String row(BundleOutcome outcome) {
        StringBuilder row = new StringBuilder("| ")
                .append(MarkdownText.inline(outcome.path())).append(" | ")
                .append(outcome.exitCode() == ExitCode.PASS ? "✅ " : "❌ ").append(SummaryWords.result(outcome))
                .append(" | ").append(outcome.exitCode().code())
                .append(" | ").append(MarkdownText.inline(SummaryWords.checklist(outcome)))
                .append(" | ").append(MarkdownText.inline(SummaryWords.partner(outcome)));
        if (outcome.evaluated().isPresent()) {
            Summary s = outcome.evaluated().get().summary();
            for (int count : new int[] {s.items(), s.met(), s.unmet(), s.notApplicable(), s.criticalOpen(),
                    s.observations()}) {
                row.append(" | ").append(count);
            }
        } else {
            row.append(" | – ".repeat(6));
        }
        return row.append(" |\n").toString();
    }

    private static void writeProblems(Portfolio portfolio, Writer out) throws IOException {
        if (portfolio.totals().failures() == 0) {
            return;
        }
        out.write("\n### Problems\n");
        for (BundleOutcome outcome : portfolio.bundles()) {
            if (outcome.exitCode() == ExitCode.PASS) {
                continue;
            }
            out.write("\n<details><summary>" + MarkdownText.inline(outcome.path()) + ": "
                    + SummaryWords.result(outcome) + " (exit " + outcome.exitCode().code() + ")</summary>\n\n");
            for (String problem : outcome.problems()) {
                out.write("- " + MarkdownText.listItem(problem) + "\n");
            }
            out.write("\n</details>\n");
        }
    }
}
