package dev.ccv.report;

import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.EvaluatedBundle;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.model.result.ExitCode;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The portfolio summary as JUnit XML: one test suite per bundle, named by its path, with one test
 * case, its verdict. A fail verdict is a failure listing what blocks it; a bundle that could not be
 * evaluated, or failed integrity, is an error. No times or host names, so identical runs give
 * identical files.
 */
public final class JunitSummaryReporter implements SummaryReporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(Portfolio portfolio, Writer out) throws IOException {
        MarkupWriter xml = MarkupWriter.to(out).xmlDeclaration();
        xml.open("testsuites")
                .attr("name", "ccv batch")
                .attr("tests", portfolio.totals().bundles())
                .attr("failures", portfolio.totals().failed())
                .attr("errors", portfolio.totals().failures() - portfolio.totals().failed())
                .attr("time", "0");
        for (BundleOutcome outcome : portfolio.bundles()) {
            writeSuite(outcome, xml);
        }
        xml.finish();
    }

    private static void writeSuite(BundleOutcome outcome, MarkupWriter xml) throws IOException {
        ExitCode code = outcome.exitCode();
        xml.open("testsuite")
                .attr("name", outcome.path())
                .attr("tests", 1)
                .attr("failures", code == ExitCode.FAIL ? 1 : 0)
                .attr("errors", code.compareTo(ExitCode.FAIL) > 0 ? 1 : 0)
                .attr("time", "0");
        xml.open("properties");
        property(xml, "result", SummaryWords.result(outcome));
        property(xml, "exit-code", String.valueOf(code.code()));
        if (outcome.evaluated().isPresent()) {
            EvaluatedBundle evaluated = outcome.evaluated().get();
            property(xml, "checklist", evaluated.checklistId());
            property(xml, "checklist.version", evaluated.checklistVersion());
            property(xml, "partner", evaluated.partner());
            property(xml, "mode", evaluated.mode().jsonName());
            property(xml, "as-of", evaluated.asOf().toString());
            property(xml, "verdict", evaluated.verdict().jsonName());
        }
        xml.close();
        xml.open("testcase").attr("classname", outcome.path()).attr("name", "verdict").attr("time", "0");
        if (code != ExitCode.PASS) {
            String element = code == ExitCode.FAIL ? "failure" : "error";
            xml.open(element)
                    .attr("message", SummaryWords.result(outcome) + " (exit " + code.code() + ")"
                            + (outcome.problems().isEmpty() ? "" : ": " + outcome.problems().get(0)))
                    .attr("type", SummaryWords.result(outcome))
                    .text(String.join("\n", outcome.problems()))
                    .close();
        }
        xml.close();
        xml.close();
    }

    private static void property(MarkupWriter xml, String name, String value) throws IOException {
        xml.empty("property").attr("name", name).attr("value", value);
    }
}
