package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.Item;
import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.Report;
import dev.ccv.report.sarif.FindingFingerprint;
import dev.ccv.report.sarif.RuleHelp;
import dev.ccv.report.sarif.RuleName;
import dev.ccv.report.sarif.UriBase;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report as SARIF 2.1.0 for code-scanning tools: one rule per checklist item, one
 * result per finding, located at the input line it concerns.
 *
 * <p>Levels: a finding that still stands (open or unremediable) is {@code error} when critical and
 * {@code warning} when an observation. A remediated finding is kept, so its history stays visible,
 * as {@code kind: "pass"} with {@code level: "none"}: SARIF allows no other level for a result
 * that is not a failure. Each result carries a partial fingerprint computed from the checklist,
 * item and case study only, so code scanning tracks a finding across runs even when lines move.
 *
 * <p>Written field by field with Jackson's streaming generator, like the JSON report, so that a
 * validation never loads jackson-databind. An optional SARIF property ccv has no value for is left
 * out, not written as {@code null}.
 */
public final class SarifReporter implements Reporter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String VERSION = "2.1.0";
    private static final String INFORMATION_URI = "https://ccv.dev/";

    private final UriBase base;

    public SarifReporter() {
        this(UriBase.OWN_ROOT);
    }

    public SarifReporter(UriBase base) {
        this.base = base;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = PrettyJson.openSarif(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            writeRun(json, report);
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** The one run: ccv over one submission. */
    private void writeRun(JsonGenerator json, Report report) throws IOException {
        List<String> ruleIds = report.checklist().items().stream().map(Item::id).toList();
        json.writeStartObject();
        writeTool(json, report);
        json.writeArrayFieldStart("invocations");
        writeInvocation(json, report);
        json.writeEndArray();
        writeOriginalUriBaseIds(json);
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
        for (Finding finding : report.evaluation().findings()) {
            writeResult(json, report.checklist().id(), ruleIds, finding);
        }
        json.writeEndArray();
        writeRunProperties(json, report);
        json.writeEndObject();
    }

    /** ccv itself, with one rule per checklist item. */
    private static void writeTool(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "ccv");
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (Item item : report.checklist().items()) {
            writeRule(json, item);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A SARIF reportingDescriptor: one checklist item. */
    private static void writeRule(JsonGenerator json, Item item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("name", RuleName.of(item.title()));
        writeMessage(json, "shortDescription", item.title());
        if (item.description() != null) {
            writeMessage(json, "fullDescription", item.description());
        }
        RuleHelp help = RuleHelp.of(item);
        json.writeObjectFieldStart("help");
        json.writeStringField("text", help.text());
        json.writeStringField("markdown", help.markdown());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", item.severity() == Severity.REQUIRED ? "error" : "warning");
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("severity", item.severity().yamlName());
        json.writeStringField("scope", item.scope().yamlName());
        if (item.source() != null) {
            json.writeStringField("source", item.source());
        }
        if (item.assumed()) {
            json.writeBooleanField("assumed", true);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Conditions of the run itself: integrity problems, a checklist version warning and notes for the reader. */
    private void writeInvocation(JsonGenerator json, Report report) throws IOException {
        List<IntegrityProblem> problems = report.integrity().problems();
        String versionWarning = report.checklistVersionWarning();
        List<String> notes = report.evaluation().notes();
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (!problems.isEmpty() || versionWarning != null || !notes.isEmpty()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (SealLayer layer : report.integrity().layers()) {
                for (IntegrityProblem problem : layer.problems()) {
                    writeNotification(json, problem.path() + ": " + problem.problem() + " (" + layer.manifest() + ")",
                            "error", SourcePosition.of(problem.path()));
                }
            }
            if (versionWarning != null) {
                writeNotification(json, versionWarning, "warning", null);
            }
            for (String note : notes) {
                writeNotification(json, note, "note", null);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void writeNotification(JsonGenerator json, String text, String level, SourcePosition location)
            throws IOException {
        json.writeStartObject();
        writeMessage(json, "message", text);
        json.writeStringField("level", level);
        if (location != null) {
            writeLocations(json, location);
        }
        json.writeEndObject();
    }

    /** One finding, as a result of the rule of its item. */
    private void writeResult(JsonGenerator json, String checklistId, List<String> ruleIds, Finding finding)
            throws IOException {
        boolean stands = finding.state() != FindingState.REMEDIATED;
        json.writeStartObject();
        json.writeStringField("ruleId", finding.itemId());
        int ruleIndex = ruleIds.indexOf(finding.itemId());
        if (ruleIndex >= 0) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("kind", stands ? "fail" : "pass");
        json.writeStringField("level",
                !stands ? "none" : finding.severity() == FindingSeverity.CRITICAL ? "error" : "warning");
        writeMessage(json, "message", messageText(finding));
        if (finding.location() != null) {
            writeLocations(json, finding.location());
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FindingFingerprint.KEY, FindingFingerprint.of(checklistId, finding));
        json.writeEndObject();
        writeResultProperties(json, finding);
        json.writeEndObject();
    }

    /** The finding's own words, then which case study (unless they name it) and, once decided, where it stands. */
    static String messageText(Finding finding) {
        List<String> context = new ArrayList<>();
        if (finding.caseStudyId() != null && !finding.message().contains("case study " + finding.caseStudyId())) {
            context.add("case study " + finding.caseStudyId());
        }
        if (finding.state() != FindingState.OPEN) {
            context.add(finding.state().jsonName());
        }
        return context.isEmpty() ? finding.message() : finding.message() + " (" + String.join("; ", context) + ")";
    }

    /** What SARIF has no place for; {@code caseStudy} is {@code null} for a partner-level finding. */
    private static void writeResultProperties(JsonGenerator json, Finding finding) throws IOException {
        json.writeObjectFieldStart("properties");
        PrettyJson.stringOrNull(json, "caseStudy", finding.caseStudyId());
        json.writeStringField("severity", finding.severity().jsonName());
        json.writeStringField("state", finding.state().jsonName());
        json.writeBooleanField("blocking", finding.blocking());
        if (finding.auditorNote() != null) {
            json.writeStringField("auditorNote", finding.auditorNote());
        }
        if (finding.audit() != AuditTrail.NONE) {
            AuditJson.writeRemediation(json, finding.audit());
        }
        json.writeEndObject();
    }

    /** The bases the locations' URIs are relative to; none is an absolute URI, so logs do not vary by machine. */
    private void writeOriginalUriBaseIds(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(base.id());
        writeMessage(json, "description", base.description());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The one place in an input file; the region only when the line is known. */
    private void writeLocations(JsonGenerator json, SourcePosition position) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", base.uriOf(position.file()));
        if (base.covers(position.file())) {
            json.writeStringField("uriBaseId", base.id());
        }
        json.writeEndObject();
        if (position.hasLine()) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", position.line());
            if (position.column() > 0) {
                json.writeNumberField("startColumn", position.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Plain text; serves both SARIF's message and multiformatMessageString. */
    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void writeRunProperties(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("checklist", report.checklist().id());
        json.writeStringField("checklistVersion", report.checklist().version());
        json.writeStringField(report.applicant().label().toLowerCase(java.util.Locale.ROOT), report.applicant().name());
        json.writeStringField("mode", report.mode().jsonName());
        json.writeStringField("asOf", report.asOf().toString());
        json.writeStringField("asOfSource", report.asOfSource().jsonName());
        AuditJson.writeAudit(json, report.audit());
        json.writeStringField("verdict", report.verdict().jsonName());
        json.writeStringField("failOn", report.evaluation().failOn().jsonName());
        json.writeBooleanField("redacted", report.redacted());
        json.writeEndObject();
    }
}
