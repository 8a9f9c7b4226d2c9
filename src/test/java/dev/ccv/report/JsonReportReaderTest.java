package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportReaderTest {

    private final JsonReportReader reader = new JsonReportReader();

    @Test
    void readsBackTheVerdictAndFindingsOfAJsonReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, ReportText.render(new JsonReporter(), SampleReports.failing()));

        SavedReport saved = reader.read(file);

        assertThat(saved.source()).isEqualTo(file.toString());
        assertThat(saved.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(saved.findings()).containsExactly(
                new Finding("BR-002", null, FindingSeverity.CRITICAL, FindingState.OPEN, true,
                        "1 case study counts, 2 needed", null, new SourcePosition("self-assessment.yaml", 1, 0)),
                new Finding("ARC-001", "cs-globex", FindingSeverity.CRITICAL, FindingState.REMEDIATED, false,
                        "auditor: unmet", new AuditTrail("Root MFA was missing; enabled on 2025-06-03", null, List.of()),
                        new SourcePosition("self-assessment.yaml", 40, 0)),
                new Finding("ARC-001", "cs-initech", FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE, false,
                        "auditor: unmet", new AuditTrail("Customer account closed; MFA cannot be shown", null, List.of()),
                        new SourcePosition("self-assessment.yaml", 42, 0)));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> reader.read("old.json", "{\n  \"reportVersion\": 1,\n  oops\n}\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("old.json:3:3: not valid JSON (Unexpected character (")
                .hasMessageEndingWith("); give a JSON report written by `ccv validate --report json=FILE`");
    }

    @Test
    void jsonThatIsNotACcvReportIsRefused() {
        assertThatThrownBy(() -> reader.read("sarif.json", "{\"version\": \"2.1.0\", \"runs\": []}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sarif.json: not a ccv JSON report; "
                        + "give a JSON report written by `ccv validate --report json=FILE`");
    }

    @Test
    void emptyFileIsNotACcvReport() {
        assertThatThrownBy(() -> reader.read("empty.json", ""))
                .hasMessageStartingWith("empty.json: not a ccv JSON report; ");
    }

    @Test
    void unknownReportVersionIsRefused() {
        String json = report("2", "\"fail\"", "[]");

        assertThatThrownBy(() -> reader.read("new.json", json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("new.json: unknown reportVersion 2; this ccv reads reportVersion 1 "
                        + "(compare reports written by the same version of ccv)");
    }

    @Test
    void unknownVerdictNamesTheField() {
        assertThatThrownBy(() -> reader.read("new.json", report("1", "\"maybe\"", "[]")))
                .hasMessage("new.json: verdict: found \"maybe\"; expected pass or fail");
    }

    @Test
    void unknownFindingStateNamesTheFindingAndTheChoices() {
        String findings = "[{\"item\": \"BR-001\", \"caseStudy\": null, \"severity\": \"critical\","
                + " \"state\": \"closed\", \"blocking\": false, \"message\": \"m\"}]";

        assertThatThrownBy(() -> reader.read("new.json", report("1", "\"fail\"", findings)))
                .hasMessage("new.json: findings[0].state: found \"closed\"; expected open, remediated or unremediable");
    }

    @Test
    void missingFindingFieldIsNamed() {
        String findings = "[{\"item\": \"BR-001\", \"severity\": \"critical\", \"state\": \"open\", \"blocking\": true}]";

        assertThatThrownBy(() -> reader.read("new.json", report("1", "\"fail\"", findings)))
                .hasMessage("new.json: findings[0].message: missing; expected a string");
    }

    @Test
    void secondFindingForTheSameItemAndCaseStudyIsRefused() {
        String finding = "{\"item\": \"BR-001\", \"severity\": \"critical\", \"state\": \"open\","
                + " \"blocking\": true, \"message\": \"m\"}";

        assertThatThrownBy(() -> reader.read("new.json", report("1", "\"fail\"", "[" + finding + "," + finding + "]")))
                .hasMessage("new.json: findings[1]: a second finding for BR-001 / partner; "
                        + "a ccv report has one finding per item and case study");
    }

    private static String report(String version, String verdict, String findings) {
        return "{\"reportVersion\": " + version + ", \"tool\": {\"name\": \"ccv\", \"version\": \"9\"},"
                + " \"verdict\": " + verdict + ", \"findings\": " + findings + "}";
    }
}
