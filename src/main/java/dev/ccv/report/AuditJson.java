package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.Auditor;
import dev.ccv.model.result.AuditMetadata;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.RemediationReference;
import java.io.IOException;

/** The audit's metadata and a finding's audit trail, written the same way in the JSON and SARIF reports. */
final class AuditJson {

    private AuditJson() {
    }

    /** {@code "audit": {auditor, auditors: [{name, role}], date}}, or {@code null} in a pre-check. */
    static void writeAudit(JsonGenerator json, AuditMetadata audit) throws IOException {
        if (audit == null) {
            json.writeNullField("audit");
            return;
        }
        json.writeObjectFieldStart("audit");
        json.writeStringField("auditor", audit.auditor());
        json.writeArrayFieldStart("auditors");
        for (Auditor auditor : audit.auditors()) {
            json.writeStartObject();
            json.writeStringField("name", auditor.name());
            PrettyJson.stringOrNull(json, "role", auditor.role());
            json.writeEndObject();
        }
        json.writeEndArray();
        PrettyJson.stringOrNull(json, "date", audit.date() == null ? null : audit.date().toString());
        json.writeEndObject();
    }

    /** {@code remediatedOn} and {@code remediationEvidence: [{ref, resolved, sha256}]}. */
    static void writeRemediation(JsonGenerator json, AuditTrail audit) throws IOException {
        PrettyJson.stringOrNull(json, "remediatedOn", audit.remediatedOn() == null ? null
                : audit.remediatedOn().toString());
        json.writeArrayFieldStart("remediationEvidence");
        for (RemediationReference reference : audit.remediationEvidence()) {
            json.writeStartObject();
            json.writeStringField("ref", reference.ref());
            json.writeBooleanField("resolved", reference.resolved());
            PrettyJson.stringOrNull(json, "sha256", reference.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
