package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code --report xlsx=FILE}: every exported workbook is read back with Apache POI, a reader independent
 * of the library that wrote it; import, validate, export, import keeps every answer.
 */
class XlsxReportTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theWorkbookHasTheRequirementsFindingsAndSummarySheetsWithoutFormulas() throws IOException {
        CliRun run = CliRun.of(work, "validate", EXAMPLES.resolve("audit-case-study-removed").toString(),
                "--as-of", "2026-06-30", "--report", "xlsx=out/report.xlsx", "--report", "json=out/report.json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);

        try (XSSFWorkbook workbook = open(work.resolve("out/report.xlsx"))) {
            assertThat(names(workbook)).containsExactly("Self-Assessment", "Findings", "Summary");
            XSSFSheet requirements = workbook.getSheet("Self-Assessment");
            assertThat(texts(requirements.getRow(0)).subList(0, 8)).containsExactly("ID", "Section",
                    "Requirement Description", "Severity", "Met? (Yes/No)", "Partner Answer (Yes/No/N/A)",
                    "Partner Response", "ccv Messages");
            assertThat(texts(requirements.getRow(0))).contains("Customer Reference #1 Met? (Yes/No)",
                    "Customer Reference #1 Partner Response");
            assertThat(texts(requirements.getRow(1)).get(0)).isEqualTo("Customer Name");
            assertThat(requirements.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(requirements.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(requirements.getColumnWidth(2)).isGreaterThan(requirements.getColumnWidth(3));
            String json = Files.readString(work.resolve("out/report.json"));
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(texts(findings.getRow(0))).containsExactly("Item", "Case Study", "Customer", "Severity",
                    "State", "Blocking", "Message", "Auditor's Note", "Remediated On", "Remediation Evidence", "Location");
            int findingCount = json.split("\"blocking\"", -1).length - 1;
            assertThat(findings.getLastRowNum()).isEqualTo(findingCount);
            assertThat(findings.getCTWorksheet().getAutoFilter()).isNotNull();
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(texts(summary.getRow(1))).containsExactly("Verdict", "FAIL");
            assertThat(column(summary, 0)).contains("As of", "Checklist version", "Critical findings open");
            assertThat(String.join("\n", column(summary, 0))).contains("Input self-assessment.yaml (SHA-256)");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isEqualTo(CellType.STRING);
                    }
                }
            }
        }
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws Exception {
        String bundle = EXAMPLES.resolve("audit-remediated").toString();
        CliRun.of(work, "validate", bundle, "--as-of", "2026-06-30", "--report", "xlsx=first.xlsx");
        Thread.sleep(2100);
        CliRun.of(work, "validate", bundle, "--as-of", "2026-06-30", "--report", "xlsx=second.xlsx");

        assertThat(Files.readAllBytes(work.resolve("second.xlsx"))).isEqualTo(Files.readAllBytes(work.resolve("first.xlsx")));
        assertThat(partText(work.resolve("first.xlsx"), "docProps/core.xml")).contains(">2026-06-30T00:00:00Z<");
    }

    @Test
    void redactionLeavesNoNonPublicCustomerAnywhereInThePackage() throws IOException {
        CliRun run = CliRun.of(work, "validate", EXAMPLES.resolve("passing-precheck").toString(), "--as-of",
                "2026-06-30", "--redact", "--report", "xlsx=public.xlsx");
        assertThat(run.exitCode()).as(run.err()).isZero();

        String everything = allParts(work.resolve("public.xlsx"));
        assertThat(everything).doesNotContainIgnoringCase("Umbrella").doesNotContainIgnoringCase("Hooli")
                .contains("Non-public case study 1").contains("Globex Corporation");
    }

    @Test
    void xlsxOnStandardOutputIsAUsageError() {
        CliRun run = CliRun.of(work, "validate", EXAMPLES.resolve("passing-precheck").toString(), "--report", "xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("`--report xlsx` is a binary format and cannot go to standard output;"
                + " write --report xlsx=FILE");
    }

    @Test
    void aBatchWritesAWorkbookPerBundle() throws IOException {
        CliRun run = CliRun.of(work, "batch", EXAMPLES.toString(), "--as-of", "2026-06-30", "--report", "xlsx",
                "--out", "out");

        assertThat(run.err()).doesNotContain("binary");
        try (XSSFWorkbook workbook = open(work.resolve("out/passing-precheck.xlsx"))) {
            assertThat(names(workbook)).containsExactly("Self-Assessment", "Findings", "Summary");
        }
    }

    @Test
    void importValidateExportImportKeepsEveryAnswer() throws IOException {
        ImportCommandTest fixture = new ImportCommandTest();
        fixture.work = work;
        fixture.evidence();
        Path workbook = fixture.goodWorkbookFile();
        String checklist = ImportCommandTest.CHECKLIST.toString();
        assertThat(CliRun.of(work, "import", workbook.getFileName().toString(), "--checklist", checklist,
                "-o", "bundle/self-assessment.yaml").exitCode()).isZero();
        CliRun validate = CliRun.of(work, "validate", "bundle", "--checklist", checklist, "--as-of", "2026-06-30",
                "--report", "xlsx=exported.xlsx");
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        try (XSSFWorkbook exported = open(work.resolve("exported.xlsx"))) {
            assertThat(names(exported)).containsExactly("Self-Assessment", "Findings", "Summary");
        }

        CliRun again = CliRun.of(work, "import", "exported.xlsx", "--checklist", checklist, "-o", "again.yaml");

        assertThat(again.exitCode()).as(again.err()).isZero();
        String first = Files.readString(work.resolve("bundle/self-assessment.yaml"));
        String second = Files.readString(work.resolve("again.yaml"));
        assertThat(second.replace("exported.xlsx", "answers.xlsx")).isEqualTo(first);
    }

    @Test
    void theExamplesAnswersComeBackFromItsWorkbookAndStillPass() throws IOException {
        Path example = EXAMPLES.resolve("passing-precheck");
        CliRun export = CliRun.of(work, "validate", example.toString(), "--as-of", "2026-06-30", "--report",
                "xlsx=results.xlsx");
        assertThat(export.exitCode()).as(export.err()).isZero();
        CliRun imported = CliRun.of(work, "import", "results.xlsx", "--checklist", "aws-competency-baseline", "-o",
                "imported.yaml");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        Path bundle = copy(example, work.resolve("bundle"));
        String original = Files.readString(bundle.resolve("self-assessment.yaml"));
        String reimported = Files.readString(work.resolve("imported.yaml"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), original.substring(0, original.indexOf("\nresponses:"))
                + reimported.substring(reimported.indexOf("\nresponses:")));
        CliRun validate = CliRun.of(work, "validate", "bundle", "--as-of", "2026-06-30");

        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        Map<String, Map<String, Object>> before = answers(original);
        Map<String, Map<String, Object>> after = answers(reimported);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((answer, was) -> {
            Map<String, Object> is = after.get(answer);
            assertThat(is.get("status")).as(answer).isEqualTo(was.get("status"));
            assertThat(evidence(is)).as(answer).containsAll(evidence(was));
            if (was.get("notes") != null) {
                assertThat(is.get("notes")).as(answer).isEqualTo(was.get("notes"));
            }
        });
    }

    @Test
    void anIndividualsWorkbookNamesTheApplicantAndTheirProfileAndComesBackThroughImport() throws IOException {
        String hero = EXAMPLES.resolve("hero-passing").toString();
        CliRun run = CliRun.of(work, "validate", hero, "--report", "xlsx=hero.xlsx");
        CliRun redacted = CliRun.of(work, "validate", hero, "--redact", "--report", "xlsx=public.xlsx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(redacted.exitCode()).as(redacted.err()).isZero();

        try (XSSFWorkbook workbook = open(work.resolve("hero.xlsx"))) {
            XSSFSheet requirements = workbook.getSheet("Self-Assessment");
            assertThat(texts(requirements.getRow(0))).containsExactly("ID", "Section", "Requirement Description",
                    "Severity", "Met? (Yes/No)", "Applicant Answer (Yes/No/N/A)", "Applicant Response", "ccv Messages");
            assertThat(texts(requirements.getRow(1)).get(0)).isEqualTo("HERO-001");
            assertThat(requirements.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            List<String> summary = rows(workbook.getSheet("Summary"));
            assertThat(summary).contains("Applicant | Alex Kim", "Email | alex.kim@example.net", "Student | No",
                    "Certification dop | AWS Certified DevOps Engineer - Professional (professional); earned"
                            + " 2025-09-01, expires 2028-09-01; valid on 2026-06-30; validation number DOP2M5QH7R",
                    "Contribution blog-1 | 2024-07-10, blog: Step Functions patterns (https://alex.example/blog/sfn)",
                    "Nomination | Jane Roe (aws-employee), 2026-04-02")
                    .noneMatch(row -> row.startsWith("Partner") || row.startsWith("Case study"));
        }
        try (XSSFWorkbook workbook = open(work.resolve("public.xlsx"))) {
            assertThat(rows(workbook.getSheet("Summary"))).contains("Email | removed (redacted)")
                    .anyMatch(row -> row.startsWith("Certification dop | ") && row.endsWith(
                            "; validation number removed (redacted)"));
        }

        CliRun imported = CliRun.of(work, "import", "hero.xlsx", "--checklist", "aws-hero", "-o", "imported.yaml");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("ccv: fill in your name, certifications, contributions and nominations,"
                + " then run: ccv validate imported.yaml\n");
        Map<String, Map<String, Object>> before = answers(Files.readString(Path.of(hero, "self-assessment.yaml")));
        Map<String, Map<String, Object>> after = answers(Files.readString(work.resolve("imported.yaml")));
        before.forEach((item, was) -> {
            assertThat(after.get(item)).as(item).isNotNull();
            assertThat(after.get(item).get("status")).as(item).isEqualTo(was.get("status"));
            assertThat(evidence(after.get(item))).as(item).containsAll(evidence(was));
            assertThat(after.get(item).get("options")).as(item).isEqualTo(was.get("options"));
        });
        Path bundle = copy(Path.of(hero), work.resolve("bundle"));
        String original = Files.readString(bundle.resolve("self-assessment.yaml"));
        String reimported = Files.readString(work.resolve("imported.yaml"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), original.substring(0, original.indexOf("\nresponses:"))
                + reimported.substring(reimported.indexOf("\nresponses:")));
        CliRun validate = CliRun.of(work, "validate", "bundle");
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    }

    /** Every answer of a self-assessment by item id, or item id and case study id. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> answers(String yaml) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) document.get("responses")).forEach((item, response) -> {
            Object perCaseStudy = response.get("caseStudies");
            if (perCaseStudy == null) {
                answers.put(item, response);
            } else {
                ((Map<String, Map<String, Object>>) perCaseStudy).forEach((id, answer) -> answers.put(item + " " + id,
                        answer));
            }
        });
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static List<String> evidence(Map<String, Object> answer) {
        Object evidence = answer.get("evidence");
        return evidence == null ? List.of() : (List<String>) evidence;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }

    /** Each row's cells joined with " | ". */
    private static List<String> rows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            rows.add(String.join(" | ", texts(row)));
        }
        return rows;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            values.add(row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue());
        }
        return values;
    }

    private static String partText(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }

    private static String allParts(Path zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(entry.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
