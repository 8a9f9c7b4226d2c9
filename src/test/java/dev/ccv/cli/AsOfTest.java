package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which date a run is measured from, and that every report says where it came from. */
class AsOfTest {

    private static final Instant JULY_4 = Instant.parse("2027-07-04T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void theOptionComesFirst() throws IOException {
        JsonNode report = run(JULY_4, "examples/audit-remediated", "--as-of", "2026-07-01");

        assertThat(report.get("asOf").asText()).isEqualTo("2026-07-01");
        assertThat(report.get("asOfSource").asText()).isEqualTo("option");
    }

    @Test
    void anAuditIsMeasuredFromTheAuditDate() throws IOException {
        JsonNode report = run(JULY_4, "examples/audit-remediated");

        assertThat(report.get("asOf").asText()).isEqualTo("2026-06-15");
        assertThat(report.get("asOfSource").asText()).isEqualTo("audit");
    }

    @Test
    void aPreCheckIsMeasuredFromTheApplicationDate() throws IOException {
        JsonNode report = run(JULY_4, "examples/passing-precheck");

        assertThat(report.get("asOf").asText()).isEqualTo("2026-06-30");
        assertThat(report.get("asOfSource").asText()).isEqualTo("application");
        assertThat(report.get("audit").isNull()).isTrue();
    }

    @Test
    void withoutAnyDateItIsTodayAndTheReportsSaySo() throws IOException {
        Path selfAssessment = temp.resolve("self-assessment.yaml");
        String withoutDate = Files.readString(Path.of("examples/passing-precheck/self-assessment.yaml"),
                StandardCharsets.UTF_8).replaceFirst("(?m)^applicationDate:.*\n", "");
        Files.writeString(selfAssessment, withoutDate, StandardCharsets.UTF_8);

        JsonNode report = run(JULY_4, selfAssessment.toString(), "--bundle-root", "examples/passing-precheck");
        CliRun text = CliRun.at(JULY_4, Path.of("").toAbsolutePath(), "validate", selfAssessment.toString(),
                "--bundle-root", "examples/passing-precheck");

        assertThat(report.get("asOf").asText()).isEqualTo("2027-07-04");
        assertThat(report.get("asOfSource").asText()).isEqualTo("today");
        assertThat(text.out()).contains("As of      2027-07-04 (today: the inputs give no date)");
    }

    private JsonNode run(Instant now, String path, String... options) throws IOException {
        Path json = temp.resolve("report.json");
        String[] args = new String[options.length + 4];
        args[0] = "validate";
        args[1] = path;
        args[2] = "--report";
        args[3] = "json=" + json;
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun run = CliRun.at(now, Path.of("").toAbsolutePath(), args);
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
    }
}
