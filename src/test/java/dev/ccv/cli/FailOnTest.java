package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fail-on}: a CI gate's threshold. The passing example without its APN id has one unmet
 * recommended item, an observation: it passes at the default threshold and fails at
 * {@code observation}, and every report says which threshold applied.
 */
class FailOnTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path bundle;

    @TempDir
    Path reports;

    @BeforeEach
    void aBundleWithOneObservation() throws IOException {
        Path example = Path.of("examples/passing-precheck");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.toList()) {
                Path target = bundle.resolve(example.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path assessment = bundle.resolve("self-assessment.yaml");
        Files.writeString(assessment, Files.readString(assessment).replace("  apnId: \"1234567\"\n", ""));
    }

    @Test
    void byDefaultAnObservationIsReportedButDoesNotFail() throws IOException {
        CliRun run = CliRun.of("validate", bundle.toString(), "--report", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("failOn").asText()).isEqualTo("critical");
        assertThat(report.at("/findings/0/severity").asText()).isEqualTo("observation");
        assertThat(report.at("/findings/0/blocking").asBoolean()).isFalse();
    }

    @Test
    void atTheObservationThresholdAnOpenObservationFailsTheRun() throws IOException {
        CliRun json = CliRun.of("validate", bundle.toString(), "--fail-on", "observation", "--report", "json");
        CliRun text = CliRun.of("validate", bundle.toString(), "--fail-on", "observation");

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("verdict").asText()).isEqualTo("fail");
        assertThat(report.get("failOn").asText()).isEqualTo("observation");
        assertThat(report.at("/findings/0/blocking").asBoolean()).isTrue();
        assertThat(text.out()).contains("Verdict: FAIL \u2014 1 open observation (--fail-on observation: open"
                + " observations fail the verdict too)\n");
    }

    @Test
    void theWorkbooksSummarySheetSaysWhichThresholdApplied() throws IOException {
        CliRun strict = CliRun.of(reports, "validate", bundle.toString(), "--fail-on", "observation", "--report",
                "xlsx=strict.xlsx");
        CliRun lenient = CliRun.of(reports, "validate", bundle.toString(), "--report", "xlsx=default.xlsx");

        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(summaryField(reports.resolve("strict.xlsx"), "Fail on"))
                .isEqualTo("observation (--fail-on observation: open observations fail the verdict too)");
        assertThat(summaryField(reports.resolve("default.xlsx"), "Fail on"))
                .isEqualTo("critical (only open critical findings fail the verdict)");
    }

    private static String summaryField(Path workbook, String field) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = XlsxReportTest.open(workbook)) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheet("Summary")) {
                if (row.getCell(0).getStringCellValue().equals(field)) {
                    return row.getCell(1).getStringCellValue();
                }
            }
        }
        throw new AssertionError(field + " not on the Summary sheet of " + workbook);
    }

    @Test
    void anUnknownThresholdIsAUsageError() {
        CliRun run = CliRun.of("validate", bundle.toString(), "--fail-on", "warning");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`warning` is not a threshold; write --fail-on critical or --fail-on"
                + " observation");
    }
}
