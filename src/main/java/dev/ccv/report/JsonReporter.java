package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputFile;
import dev.ccv.model.Item;
import dev.ccv.model.Publication;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the JSON report (its schema: {@code ccv schema report}), field by field in a fixed order, for CI jobs, for
 * {@code ccv diff} and as the archive copy of a run.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = PrettyJson.open(out)) {
            json.writeStartObject();
            json.writeNumberField("reportVersion", Report.REPORT_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "ccv");
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            json.writeStringField("mode", report.mode().jsonName());
            json.writeStringField("asOf", report.asOf().toString());
            json.writeStringField("asOfSource", report.asOfSource().jsonName());
            AuditJson.writeAudit(json, report.audit());
            writeChecklist(json, report.checklist());
            JsonApplicant.write(json, report.applicant());
            json.writeStringField("verdict", report.verdict().jsonName());
            json.writeStringField("failOn", report.evaluation().failOn().jsonName());
            writeSummary(json, report.summary());
            writeCaseStudies(json, report);
            writeResults(json, report);
            writeFindings(json, report);
            writeStrings(json, "notes", report.evaluation().notes());
            writeInputs(json, report);
            writeIntegrity(json, report.integrity());
            json.writeArrayFieldStart("warnings");
            if (report.checklistVersionWarning() != null) {
                json.writeString(report.checklistVersionWarning());
            }
            json.writeEndArray();
            json.writeBooleanField("redacted", report.redacted());
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeChecklist(JsonGenerator json, Checklist checklist) throws IOException {
        json.writeObjectFieldStart("checklist");
        json.writeStringField("id", checklist.id());
        json.writeStringField("version", checklist.version());
        json.writeStringField("title", checklist.title());
        Publication publication = checklist.publication();
        if (publication.offering() != null) {
            json.writeStringField("offering", publication.offering().yamlName());
        }
        if (publication.url() != null) {
            json.writeStringField("source", publication.url());
        }
        if (publication.validity() != null) {
            json.writeObjectFieldStart("validity");
            json.writeStringField("from", publication.validity().from().toString());
            json.writeStringField("until", publication.validity().until().toString());
            json.writeStringField("acceptedUntil", publication.validity().acceptedUntil().toString());
            json.writeEndObject();
        }
        if (!checklist.assumedItems().isEmpty()) {
            json.writeArrayFieldStart("assumedItems");
            for (Item item : checklist.assumedItems()) {
                json.writeString(item.id());
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** The {@code summary} object, as the report and the batch summary both write it. */
    static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("items", summary.items());
        json.writeNumberField("met", summary.met());
        json.writeNumberField("unmet", summary.unmet());
        json.writeNumberField("notApplicable", summary.notApplicable());
        json.writeNumberField("criticalOpen", summary.criticalOpen());
        json.writeNumberField("criticalRemediated", summary.criticalRemediated());
        json.writeNumberField("criticalUnremediable", summary.criticalUnremediable());
        json.writeNumberField("observations", summary.observations());
        json.writeEndObject();
    }

    private static void writeCaseStudies(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("caseStudies");
        for (CaseStudyStatus caseStudy : report.evaluation().caseStudies()) {
            json.writeStartObject();
            json.writeStringField("id", caseStudy.id());
            PrettyJson.stringOrNull(json, "customer", caseStudy.customer());
            PrettyJson.stringOrNull(json, "url", caseStudy.url());
            json.writeBooleanField("public", caseStudy.isPublic());
            json.writeBooleanField("considered", caseStudy.considered());
            PrettyJson.stringOrNull(json, "removedBecause", caseStudy.removedBecause());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeResults(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("results");
        for (ItemResult result : report.evaluation().results()) {
            json.writeStartObject();
            json.writeStringField("item", result.itemId());
            json.writeStringField("section", result.sectionId());
            PrettyJson.stringOrNull(json, "caseStudy", result.caseStudyId());
            json.writeStringField("status", result.status().jsonName());
            writeStrings(json, "messages", result.messages());
            writeLocation(json, result.location());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFindings(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.evaluation().findings()) {
            json.writeStartObject();
            json.writeStringField("item", finding.itemId());
            PrettyJson.stringOrNull(json, "caseStudy", finding.caseStudyId());
            json.writeStringField("severity", finding.severity().jsonName());
            json.writeStringField("state", finding.state().jsonName());
            json.writeBooleanField("blocking", finding.blocking());
            json.writeStringField("message", finding.message());
            AuditTrail audit = finding.audit();
            PrettyJson.stringOrNull(json, "note", audit.note());
            AuditJson.writeRemediation(json, audit);
            writeLocation(json, finding.location());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeInputs(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (InputFile input : report.inputs()) {
            json.writeStartObject();
            json.writeStringField("path", input.path());
            json.writeStringField("sha256", input.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeIntegrity(JsonGenerator json, Integrity integrity) throws IOException {
        json.writeObjectFieldStart("integrity");
        json.writeBooleanField("sealed", integrity.sealed());
        json.writeNumberField("filesVerified", integrity.filesVerified());
        writeProblems(json, integrity.problems());
        json.writeArrayFieldStart("layers");
        for (SealLayer layer : integrity.layers()) {
            json.writeStartObject();
            json.writeStringField("owner", layer.owner());
            json.writeStringField("manifest", layer.manifest());
            json.writeBooleanField("sealed", layer.sealed());
            json.writeNumberField("filesVerified", layer.filesVerified());
            writeProblems(json, layer.problems());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeProblems(JsonGenerator json, List<IntegrityProblem> problems) throws IOException {
        json.writeArrayFieldStart("problems");
        for (IntegrityProblem problem : problems) {
            json.writeStartObject();
            json.writeStringField("path", problem.path());
            json.writeStringField("problem", problem.problem());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A location is {@code {file, line}}; the line is null when only the file is known. */
    private static void writeLocation(JsonGenerator json, SourcePosition location) throws IOException {
        if (location == null) {
            json.writeNullField("location");
            return;
        }
        json.writeObjectFieldStart("location");
        json.writeStringField("file", location.file());
        if (location.hasLine()) {
            json.writeNumberField("line", location.line());
        } else {
            json.writeNullField("line");
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
