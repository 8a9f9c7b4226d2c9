package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.EvaluatedBundle;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.model.portfolio.PortfolioTotals;
import java.io.IOException;
import java.io.Writer;

/**
 * The portfolio summary as JSON ({@code ccv schema batch-report}), field by field in a fixed
 * order, each bundle written as it is read.
 */
public final class JsonSummaryReporter implements SummaryReporter {

    /** The version of the batch summary's shape; it changes only when a field changes meaning or goes. */
    public static final int SUMMARY_VERSION = 1;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Portfolio portfolio, Writer out) throws IOException {
        try (JsonGenerator json = PrettyJson.open(out)) {
            json.writeStartObject();
            json.writeNumberField("batchReportVersion", SUMMARY_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "ccv");
            json.writeStringField("version", portfolio.toolVersion());
            json.writeEndObject();
            PrettyJson.stringOrNull(json, "asOf", portfolio.asOf().map(Object::toString).orElse(null));
            json.writeBooleanField("redacted", portfolio.redacted());
            json.writeArrayFieldStart("bundles");
            for (BundleOutcome outcome : portfolio.bundles()) {
                writeBundle(json, outcome);
            }
            json.writeEndArray();
            writeTotals(json, portfolio.totals());
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void writeBundle(JsonGenerator json, BundleOutcome outcome) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", outcome.path());
        json.writeStringField("name", outcome.name());
        json.writeStringField("result", SummaryWords.result(outcome));
        json.writeNumberField("exitCode", outcome.exitCode().code());
        EvaluatedBundle evaluated = outcome.evaluated().orElse(null);
        if (evaluated == null) {
            json.writeNullField("verdict");
            json.writeNullField("mode");
            json.writeNullField("asOf");
            json.writeNullField("checklist");
            json.writeNullField("partner");
            json.writeNullField("summary");
        } else {
            json.writeStringField("verdict", evaluated.verdict().jsonName());
            json.writeStringField("mode", evaluated.mode().jsonName());
            json.writeStringField("asOf", evaluated.asOf().toString());
            json.writeObjectFieldStart("checklist");
            json.writeStringField("id", evaluated.checklistId());
            json.writeStringField("version", evaluated.checklistVersion());
            json.writeEndObject();
            json.writeObjectFieldStart("partner");
            PrettyJson.stringOrNull(json, "name", evaluated.partner());
            json.writeEndObject();
            JsonReporter.writeSummary(json, evaluated.summary());
        }
        json.writeArrayFieldStart("problems");
        for (String problem : outcome.problems()) {
            json.writeString(problem);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeTotals(JsonGenerator json, PortfolioTotals totals) throws IOException {
        json.writeObjectFieldStart("totals");
        json.writeNumberField("bundles", totals.bundles());
        json.writeNumberField("pass", totals.passed());
        json.writeNumberField("fail", totals.failed());
        json.writeNumberField("invalid", totals.invalid());
        json.writeNumberField("integrity", totals.integrityFailures());
        json.writeNumberField("error", totals.internalErrors());
        JsonReporter.writeSummary(json, totals.summary());
        json.writeNumberField("exitCode", totals.exitCode().code());
        json.writeEndObject();
    }
}
