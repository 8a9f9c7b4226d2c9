package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.result.ApplicantProfile;
import dev.ccv.model.result.ApplicantProfile.CertificationInfo;
import dev.ccv.model.result.ApplicantProfile.ContributionInfo;
import dev.ccv.model.result.ApplicantProfile.EmployerInfo;
import dev.ccv.model.result.ApplicantProfile.NominationInfo;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The JSON report's {@code partner} object ({@code {name}}) for a partner, or its {@code applicant}
 * object for an individual: who they are and the certifications, contributions and nominations they list.
 */
final class JsonApplicant {

    private JsonApplicant() {
    }

    static void write(JsonGenerator json, ApplicantProfile applicant) throws IOException {
        if (!applicant.isIndividual()) {
            json.writeObjectFieldStart("partner");
            json.writeStringField("name", applicant.name());
            json.writeEndObject();
            return;
        }
        json.writeObjectFieldStart("applicant");
        json.writeStringField("name", applicant.name());
        json.writeStringField("email", applicant.email());
        writeEmployer(json, applicant.employer());
        json.writeBooleanField("student", applicant.student());
        json.writeArrayFieldStart("certifications");
        for (CertificationInfo c : applicant.certifications()) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("name", c.name());
            json.writeStringField("level", c.level());
            date(json, "earned", c.earned());
            date(json, "expires", c.expires());
            json.writeStringField("validationNumber", c.validationNumber());
            json.writeBooleanField("validOnAsOf", c.validOnAsOf());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("contributions");
        for (ContributionInfo c : applicant.contributions()) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("type", c.type());
            json.writeStringField("title", c.title());
            json.writeStringField("url", c.url());
            date(json, "date", c.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("nominations");
        for (NominationInfo n : applicant.nominations()) {
            json.writeStartObject();
            json.writeStringField("by", n.by());
            json.writeStringField("role", n.role());
            date(json, "date", n.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        date(json, "contributionWindowFrom", applicant.contributionWindowFrom());
        json.writeEndObject();
    }

    private static void writeEmployer(JsonGenerator json, EmployerInfo employer) throws IOException {
        if (employer == null) {
            json.writeNullField("employer");
            return;
        }
        json.writeObjectFieldStart("employer");
        json.writeStringField("name", employer.name());
        json.writeBooleanField("apnPartner", employer.apnPartner());
        json.writeStringField("tier", employer.tier());
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String name, LocalDate date) throws IOException {
        json.writeStringField(name, date == null ? null : date.toString());
    }
}
