package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import dev.ccv.authoring.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv schema}: prints each schema; the report schema accepts every report ccv writes. */
class SchemaCommandTest {

    @TempDir
    Path reports;

    @Test
    void printsEachSchemaAsJson() {
        for (String name : new String[] {"checklist", "self-assessment", "audit", "report"}) {
            CliRun run = CliRun.of("schema", name);
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(SchemaCheck.read(run.out()).path("$id").asText())
                    .isEqualTo("https://ccv.dev/schema/" + name + ".schema.json");
        }
    }

    @Test
    void anUnknownNameIsAUsageError() {
        CliRun run = CliRun.of("schema", "reprot");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ccv: unknown schema `reprot`; the schemas are: checklist, self-assessment,"
                + " audit, report, batch-report (did you mean `report`?)\n"
                + "Try `ccv schema --help` for the options.\n");
    }

    @TestFactory
    Stream<DynamicTest> theJsonReportOfEveryExampleMatchesTheReportSchema() throws IOException {
        SchemaCheck schema = SchemaCheck.of("report");
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            return examples.filter(Files::isDirectory).sorted().toList().stream()
                    .flatMap(example -> Stream.of(false, true).map(redact -> DynamicTest.dynamicTest(
                            example.getFileName() + (redact ? " redacted" : ""), () -> {
                                Path json = reports.resolve(example.getFileName() + ".json");
                                CliRun run = redact
                                        ? CliRun.of("validate", example.toString(), "--as-of", "2026-06-30",
                                                "--report", "json=" + json, "--redact")
                                        : CliRun.of("validate", example.toString(), "--as-of", "2026-06-30",
                                                "--report", "json=" + json);
                                assertThat(run.err()).isEmpty();
                                assertThat(schema.problems(Files.readString(json, StandardCharsets.UTF_8))).isEmpty();
                            })));
        }
    }

    @Test
    void theReportersGoldenReportsMatchTheReportSchema() throws IOException {
        SchemaCheck schema = SchemaCheck.of("report");
        for (String golden : new String[] {"failing.json", "failing-redacted.json", "passing.json"}) {
            Path file = GoldenFiles.ROOT.resolve("report").resolve(golden);
            assertThat(schema.problems(Files.readString(file, StandardCharsets.UTF_8))).as(golden).isEmpty();
        }
    }

    @Test
    void aBrokenReportIsRejected() throws IOException {
        String report = Files.readString(GoldenFiles.ROOT.resolve("report/passing.json"),
                StandardCharsets.UTF_8)
                .replace("\"verdict\": \"pass\"", "\"verdict\": \"passed\"")
                .replace("\"reportVersion\": 1,", "\"reportVersion\": 1, \"extra\": true,");
        assertThat(SchemaCheck.of("report").problems(report)).containsExactly(
                "$.verdict: does not have a value in the enumeration [\"pass\", \"fail\"]",
                "$: property 'extra' is not defined in the schema and the schema does not allow additional"
                        + " properties");
    }
}
