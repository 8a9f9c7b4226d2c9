package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ccv.GoldenFiles;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Report;
import dev.ccv.report.sarif.FindingFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SarifReporter reporter = new SarifReporter();

    @Test
    void isRegisteredUnderItsFormatName() {
        assertThat(reporter.format()).isEqualTo("sarif");
        assertThat(ReportFormats.create("sarif", RenderOptions.PLAIN)).get().isInstanceOf(SarifReporter.class);
    }

    @Test
    void passingPreCheckMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/passing.sarif", ReportText.render(reporter, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/failing.sarif", ReportText.render(reporter, SampleReports.failing()));
    }

    @Test
    void everySampleIsValidAgainstTheOfficialSarifSchema() throws IOException {
        JsonSchema schema = officialSchema();
        for (Report report : List.of(SampleReports.passing(), SampleReports.failing(), SampleReports.hostile())) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(ReportText.render(reporter, report)));
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void theSchemaCatchesAnInvalidLog() throws IOException {
        JsonSchema schema = officialSchema();
        JsonNode invalid = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}},"
                + " \"results\": [{\"level\": \"fatal\", \"message\": {\"text\": \"x\"}}]}]}");
        assertThat(schema.validate(invalid)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("name"))
                .anySatisfy(m -> assertThat(m).contains("level"));
    }

    @Test
    void describesTheToolAndOneRulePerChecklistItem() throws IOException {
        JsonNode run = run(SampleReports.failing());
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("ccv");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("BR-001", "BR-002", "BR-003", "ARC-001", "ARC-002");
        JsonNode mfa = rules.get(3);
        assertThat(mfa.get("name").asText()).isEqualTo("RootUserHasMFA");
        assertThat(mfa.at("/shortDescription/text").asText()).isEqualTo("Root user has MFA");
        assertThat(mfa.at("/fullDescription/text").asText()).isEqualTo("What ARC-001 asks for.");
        assertThat(mfa.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(mfa.has("helpUri")).isFalse();
    }

    @Test
    void oneResultPerFindingWithLevelKindAndState() throws IOException {
        JsonNode results = run(SampleReports.failing()).get("results");
        assertThat(results).hasSize(3);
        assertResult(results.get(0), "BR-002", 1, "fail", "error", "1 case study counts, 2 needed");
        assertResult(results.get(1), "ARC-001", 3, "pass", "none", "auditor: unmet (case study cs-globex; remediated)");
        assertResult(results.get(2), "ARC-001", 3, "fail", "error",
                "auditor: unmet (case study cs-initech; unremediable)");
        assertThat(results.get(2).at("/properties/caseStudy").asText()).isEqualTo("cs-initech");
        assertThat(results.get(2).at("/properties/state").asText()).isEqualTo("unremediable");
        assertThat(results.get(2).at("/properties/blocking").asBoolean()).isFalse();
        assertThat(results.get(0).at("/properties/caseStudy").isNull()).isTrue();
        assertThat(results.get(0).at("/properties/blocking").asBoolean()).isTrue();
    }

    @Test
    void observationsAreWarnings() throws IOException {
        JsonNode result = run(SampleReports.passing()).at("/results/0");
        assertResult(result, "BR-003", 2, "fail", "warning", "no response");
    }

    @Test
    void resultsAreLocatedAtTheInputLine() throws IOException {
        JsonNode location = run(SampleReports.failing()).at("/results/1/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("self-assessment.yaml");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(40);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(3);
    }

    @Test
    void fingerprintsIgnoreLinesAndStateButNotTheCaseStudy() {
        Finding globex = finding("cs-globex", FindingState.OPEN, 40);
        assertThat(FindingFingerprint.of("c", globex))
                .isEqualTo(FindingFingerprint.of("c", finding("cs-globex", FindingState.REMEDIATED, 90)))
                .isNotEqualTo(FindingFingerprint.of("c", finding("cs-initech", FindingState.OPEN, 40)))
                .isNotEqualTo(FindingFingerprint.of("other", globex))
                .hasSize(64);
    }

    @Test
    void runPropertiesAndNotificationsCarryVerdictIntegrityAndNotes() throws IOException {
        JsonNode run = run(SampleReports.failing());
        assertThat(run.at("/properties/verdict").asText()).isEqualTo("fail");
        assertThat(run.at("/properties/mode").asText()).isEqualTo("audit");
        JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
        assertThat(notifications.findValuesAsText("level")).containsExactly("error", "note");
        assertThat(notifications.at("/0/message/text").asText())
                .isEqualTo("evidence/globex/root-mfa.png: SHA-256 does not match the manifest (MANIFEST.sha256)");
    }

    @Test
    void hostileTextComesOutAsInertText() throws IOException {
        JsonNode run = run(SampleReports.hostile());
        assertThat(run.at("/properties/partner").asText()).isEqualTo(SampleReports.HOSTILE_CUSTOMER);
        assertThat(run.at("/results/0/properties/auditorNote").asText()).isEqualTo(SampleReports.HOSTILE_CUSTOMER);
        assertThat(run.at("/results/0/message/text").asText())
                .isEqualTo("1 case study counts, 2 needed " + SampleReports.HOSTILE_CUSTOMER);
    }

    @Test
    void leavesOutWhatCcvHasNoValueFor() throws IOException {
        Finding unknownItemNowhere = new Finding("ARC-009", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                "m", null, null);
        Finding fileOnly = new Finding("BR-001", null, FindingSeverity.CRITICAL, FindingState.OPEN, true, "m", null,
                SourcePosition.of("evidence/tier.pdf"));
        Finding lineOnly = new Finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.OPEN, true, "m", null,
                new SourcePosition(SampleReports.SA, 7, 0));
        JsonNode results = run(withFindings(SampleReports.passing(), unknownItemNowhere, fileOnly, lineOnly))
                .get("results");

        assertThat(results.get(0).has("ruleIndex")).isFalse();
        assertThat(results.get(0).has("locations")).isFalse();
        assertThat(results.get(1).at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(results.get(2).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
        assertThat(results.get(2).at("/locations/0/physicalLocation/region").has("startColumn")).isFalse();
    }

    /** Jackson's default layout, kept so that a SARIF log is byte-identical to earlier versions' for the same run. */
    @Test
    void anEmptyArrayIsWrittenWithASpace() throws IOException {
        Report noFindings = withFindings(SampleReports.passing());

        assertThat(ReportText.render(reporter, noFindings)).contains("\n      \"results\": [ ],\n");
        assertThat(run(noFindings).at("/invocations/0").has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(ReportText.render(reporter, SampleReports.failing())).isEqualTo(ReportText.render(reporter, SampleReports.failing()));
    }

    /** The OASIS SARIF 2.1.0 schema (errata 01), a draft-04 JSON Schema. */
    private static JsonSchema officialSchema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private JsonNode run(Report report) throws IOException {
        JsonNode log = JSON.readTree(ReportText.render(reporter, report));
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        return log.at("/runs/0");
    }

    private static Report withFindings(Report report, Finding... findings) {
        Evaluation evaluation = report.evaluation();
        return new Report(report.toolVersion(), report.mode(), report.asOf(), report.asOfSource(), report.audit(), report.checklist(),
                report.checklistVersionWarning(), report.applicantName(),
                new Evaluation(evaluation.verdict(), evaluation.caseStudies(), evaluation.results(), List.of(findings),
                        evaluation.notes()),
                report.summary(), report.inputs(), report.integrity(), report.redacted());
    }

    private static void assertResult(JsonNode result, String ruleId, int ruleIndex, String kind, String level,
                                     String text) {
        assertThat(result.get("ruleId").asText()).isEqualTo(ruleId);
        assertThat(result.get("ruleIndex").asInt()).isEqualTo(ruleIndex);
        assertThat(result.get("kind").asText()).isEqualTo(kind);
        assertThat(result.get("level").asText()).isEqualTo(level);
        assertThat(result.at("/message/text").asText()).isEqualTo(text);
        assertThat(result.at("/partialFingerprints/" + FindingFingerprint.KEY.replace("/", "~1")).asText()).hasSize(64);
    }

    private static Finding finding(String caseStudy, FindingState state, int line) {
        return new Finding("ARC-001", caseStudy, FindingSeverity.CRITICAL, state, false, "m", null,
                new SourcePosition("self-assessment.yaml", line, 3));
    }
}
