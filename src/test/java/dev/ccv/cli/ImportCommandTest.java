package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.workbook.TestWorkbooks;
import dev.ccv.workbook.TestWorkbooks.SheetRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv import}: a workbook in AWS's layout becomes a self-assessment; every problem names its cell. */
class ImportCommandTest {

    static final Path CHECKLIST = Path.of("src/test/resources/spreadsheet/checklist.yaml").toAbsolutePath();
    static final Path OPTIONS_CHECKLIST = Path.of("src/test/resources/spreadsheet/options-checklist.yaml")
            .toAbsolutePath();

    @TempDir
    Path work;

    @BeforeEach
    void evidence() throws IOException {
        Files.createDirectories(work.resolve("bundle/evidence/globex"));
        Files.writeString(work.resolve("bundle/evidence/blog.md"), "post\n");
        Files.writeString(work.resolve("bundle/evidence/runbook.md"), "runbook\n");
        Files.writeString(work.resolve("bundle/evidence/globex/root.md"), "root\n");
        Files.writeString(work.resolve("bundle/evidence/globex/mfa.png"), "png\n");
    }

    /** The layout of AWS's workbook: a title, the header row, partner rows; a customer sheet with references. */
    static SheetRows partnerSheet(List<String>... rows) {
        List<List<String>> all = new java.util.ArrayList<>(List.of(
                List.of("AWS Competency Self-Assessment"),
                List.of(),
                List.of("ID", "Requirement Description", "Met? (Yes/No)", "Partner Response"),
                List.of("1.0 Program requirements")));
        all.addAll(Arrays.asList(rows));
        return new SheetRows("Program Requirements", all);
    }

    static SheetRows customerSheet(List<String>... rows) {
        List<List<String>> all = new java.util.ArrayList<>(List.of(
                List.of("Requirement Description", "ID", "Customer Reference #1 Met? (Yes/No)",
                        "Customer Reference #1 Partner Response", "Customer Reference #2 Met? (Yes/No)",
                        "Customer Reference #2 Partner Response"),
                List.of("", "Customer Name", "Globex Corporation", "", "Initech"),
                List.of("", "Public (Yes/No)", "yes", "", "No")));
        all.addAll(Arrays.asList(rows));
        return new SheetRows("Customer References", all);
    }

    Path goodWorkbookFile() throws IOException {
        return goodWorkbook();
    }

    private Path goodWorkbook() throws IOException {
        return TestWorkbooks.write(work.resolve("answers.xlsx"),
                new SheetRows("Instructions", List.of(List.of("Fill in every row."))),
                partnerSheet(
                        List.of("BR-001", "Advanced tier", "Yes", "We are Advanced."),
                        List.of("BR-004", "Thought leadership", "YES", "Blog: https://acme.example/blog/devops, and"
                                + " evidence/blog.md."),
                        List.of("DOC-002", "Runbooks", " n / a ", ""),
                        List.of("res-004", "Resilience testing", "N/A", "We run no workloads of our own.")),
                customerSheet(
                        List.of("Root user", "ARC-001", "Yes", "Policy in evidence/globex/root.md", "no",
                                "Not yet documented."),
                        List.of("MFA", "ARC-003", "Yes", "Screenshot evidence/globex/mfa.png")));
    }

    @Test
    void aWorkbookInAwsLayoutBecomesASelfAssessmentThatValidates() throws IOException {
        goodWorkbook();

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString(),
                "-o", "bundle/self-assessment.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ccv: wrote bundle/self-assessment.yaml; imported 5 requirement rows"
                + " (6 answers, 2 case studies); skipped 2 rows\n"
                + "  1 row without a requirement ID (headings or notes): 'Program Requirements'!A4\n"
                + "  1 row of items ccv checks from the self-assessment's fields (no response needed):"
                + " 'Program Requirements'!A5\n"
                + "ccv: fill in the partner, solution and case-study details, then run: ccv validate bundle\n");
        String yaml = Files.readString(work.resolve("bundle/self-assessment.yaml"));
        assertThat(yaml).contains("# Checklist sheet-test, version 1.0. Answers imported from answers.xlsx by"
                        + " `ccv import`.")
                .contains("  - id: cs-globex-corporation   #", "    customer: \"Globex Corporation\"   # required",
                        "    public: true   #", "  - id: cs-initech   #", "    public: false   #")
                .contains("  BR-004:\n    status: met   # met | not-met\n    # at least 1 reference: paths in the bundle or https:// URLs\n"
                        + "    evidence: [\"https://acme.example/blog/devops\", \"evidence/blog.md\"]\n"
                        + "    notes: \"Blog: https://acme.example/blog/devops, and evidence/blog.md.\"\n")
                .contains("  DOC-002:\n    status: not-applicable   #")
                .contains("  RES-004:\n    status: not-applicable   #")
                .contains("      cs-initech: { status: not-met, evidence: [], notes: \"Not yet documented.\" }");

        CliRun validate = CliRun.of(work, "validate", "bundle", "--checklist", CHECKLIST.toString(),
                "--as-of", "2026-06-30");
        assertThat(validate.err()).doesNotContain("error:");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("ARC-003").contains("cs-globex-corporation");
    }

    @Test
    void withoutOutputFileTheSelfAssessmentGoesToStandardOutput() throws IOException {
        goodWorkbook();

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# yaml-language-server: $schema=self-assessment.schema.json\n")
                .contains("kind: self-assessment\nchecklist: sheet-test\n");
        assertThat(run.err()).startsWith("ccv: imported 5 requirement rows (6 answers, 2 case studies); skipped 2 rows");
    }

    @Test
    void everyProblemNamesItsCellAndNothingIsWritten() throws IOException {
        TestWorkbooks.write(work.resolve("answers.xlsx"),
                partnerSheet(
                        List.of("BR-040", "Thought leadership", "Yes", "evidence/blog.md"),
                        List.of("DOC-002", "Runbooks", "Yse", "evidence/runbook.md"),
                        List.of("RES-004", "Resilience", "Maybe", "", "stray note"),
                        List.of("ARC-001", "Root", "Yes", "evidence/root.md"),
                        List.of("DOC-002", "Runbooks again", "Yes", "")),
                new SheetRows("Customer References", List.of(
                        List.of("ID", "Customer Reference #1", "", "Customer Reference #2 Met? (Yes/No)"),
                        List.of("Customer Name", "Globex"),
                        List.of("ARC-003", "Yes", "", "Yes")), List.of("B1:C1")));

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString(),
                "-o", "bundle/self-assessment.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join("\n",
                "error: answers.xlsx:'Customer References'!B1: header cells B1:C1 are merged, so the columns they cover"
                        + " have no header of their own; unmerge them and give each column its header (like"
                        + " \"Customer Reference #1 Met? (Yes/No)\")",
                "error: answers.xlsx:'Program Requirements'!A5: \"BR-040\" is not a requirement of checklist"
                        + " sheet-test version 1.0; correct the ID or delete the row (did you mean `BR-004`?)",
                "error: answers.xlsx:'Program Requirements'!C6: \"Yse\" is not a Met? value; write Yes, No or N/A"
                        + " (did you mean `Yes`?)",
                "error: answers.xlsx:'Program Requirements'!E3: has no header, but E7 holds a value; give the column"
                        + " a header (like \"Partner Response\") or move the value into one that has",
                "error: answers.xlsx:'Program Requirements'!C7: \"Maybe\" is not a Met? value; write Yes, No or N/A",
                "error: answers.xlsx:'Program Requirements'!A8: ARC-001 is answered per case study; give its answers"
                        + " in the \"Customer Reference #N Met? (Yes/No)\" and \"Customer Reference #N Partner"
                        + " Response\" columns",
                "error: answers.xlsx:'Program Requirements'!A9: answers DOC-002 again (first at"
                        + " 'Program Requirements'!A6); keep one row per requirement",
                "error: answers.xlsx:'Customer References'!D1: Customer Reference #2 has answers but no customer; add"
                        + " a row whose ID cell says \"Customer Name\" and write the customer's name in this"
                        + " reference's column",
                "ccv: 8 input errors.", ""));
        assertThat(work.resolve("bundle/self-assessment.yaml")).doesNotExist();
    }

    @Test
    void anAtLeastItemsOptionsAreReadFromTheirLineInTheResponseAndComeBackFromTheReport() throws IOException {
        TestWorkbooks.write(work.resolve("answers.xlsx"),
                partnerSheet(List.of("CAT-001", "Practice category", "Yes", "Our category.\nOptions: Serverless, data")),
                customerSheet(List.of("Capabilities", "CON-003", "Yes", "options: routing, IVR", "No",
                        "Options: analytics")));
        TestWorkbooks.write(work.resolve("typo.xlsx"),
                partnerSheet(List.of("CAT-001", "Practice category", "Yes", "Options: serverles")));
        String checklist = OPTIONS_CHECKLIST.toString();

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", checklist, "-o",
                "bundle/self-assessment.yaml");
        CliRun typo = CliRun.of(work, "import", "typo.xlsx", "--checklist", checklist);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String imported = Files.readString(work.resolve("bundle/self-assessment.yaml"));
        assertThat(imported).contains("  CAT-001:\n    status: met   # met | not-met\n"
                + "    options: [serverless, data]   # serverless | data | security\n")
                .contains("    notes: \"Our category.\"\n")
                .contains("      cs-globex-corporation: { status: met, options: [routing, ivr], evidence: [] }")
                .contains("      cs-initech: { status: not-met, options: [analytics], evidence: [] }");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("error: typo.xlsx:'Program Requirements'!D5: \"serverles\" is not an option"
                + " of CAT-001; list its options on a line \"Options: id, id\" from: serverless, data, security"
                + " (did you mean `serverless`?)\nccv: 1 input error.\n");

        CliRun validate = CliRun.of(work, "validate", "bundle", "--checklist", checklist, "--as-of", "2026-06-30",
                "--report", "xlsx=exported.xlsx");
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        CliRun again = CliRun.of(work, "import", "exported.xlsx", "--checklist", checklist, "-o", "again.yaml");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(work.resolve("again.yaml")).replace("exported.xlsx", "answers.xlsx"))
                .isEqualTo(imported);
    }

    @Test
    void hostileWorkbooksAreRefusedWithAMessage() throws IOException {
        TestWorkbooks.rawZip(work.resolve("xxe.xlsx"), java.util.Map.of("xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;</t>"
                        + "</si></sst>"));
        TestWorkbooks.rawZip(work.resolve("bomb.xlsx"), java.util.Map.of("xl/worksheets/sheet1.xml",
                TestWorkbooks.sheetXml(" ".repeat(4 * 1024 * 1024))));
        TestWorkbooks.manySheets(work.resolve("spread.xlsx"), 70, TestWorkbooks.sheetXml(" ".repeat(1000 * 1024)));

        CliRun xxe = CliRun.of(work, "import", "xxe.xlsx", "--checklist", CHECKLIST.toString());
        CliRun bomb = CliRun.of(work, "import", "bomb.xlsx", "--checklist", CHECKLIST.toString());
        CliRun spread = CliRun.of(work, "import", "spread.xlsx", "--checklist", CHECKLIST.toString());

        assertThat(xxe.exitCode()).isEqualTo(2);
        assertThat(xxe.out()).isEmpty();
        assertThat(xxe.err()).isEqualTo("error: xxe.xlsx: part xl/sharedStrings.xml holds a document type declaration"
                + " (DOCTYPE), which no workbook has; refusing it, since it can make a reader fetch other files\n"
                + "ccv: 1 input error.\n");
        assertThat(bomb.exitCode()).isEqualTo(2);
        assertThat(bomb.err()).matches("error: bomb\\.xlsx: part xl/worksheets/sheet1\\.xml expands [0-9]+ times,"
                + " more than the limit of 100:1; refusing a likely zip bomb\nccv: 1 input error\\.\n");
        assertThat(spread.exitCode()).isEqualTo(2);
        assertThat(spread.err()).matches("error: spread\\.xlsx: expands to 68 MiB from [0-9]+ KiB \\([0-9]+ times\\),"
                + " more than the limit of 100:1 for an archive over 64 MiB; refusing a likely zip bomb\n"
                + "ccv: 1 input error\\.\n");
    }

    @Test
    void referencesNamingTheSameCustomerAreOneCaseStudy() throws IOException {
        TestWorkbooks.write(work.resolve("answers.xlsx"), new SheetRows("Customers", List.of(
                List.of("ID", "Customer Reference #1 Met? (Yes/No)", "Customer Reference #2 Met? (Yes/No)",
                        "Customer Reference #3 Met? (Yes/No)"),
                List.of("Customer Name", "Globex", " globex ", "Initech"),
                List.of("Case Study ID", "", "", "cs-ini"),
                List.of("ARC-001", "Yes", "", "No"),
                List.of("ARC-003", "", "Yes", ""))));

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  - id: cs-globex   #", "  - id: cs-ini   #").doesNotContain("cs-globex-2")
                .contains("      cs-globex: { status: met, evidence: [] }   # met | not-met\n"
                        + "      cs-ini: { status: not-met, evidence: [] }   # met | not-met\n");
        assertThat(run.err()).startsWith("ccv: imported 2 requirement rows (3 answers, 2 case studies)");
    }

    @Test
    void aWorkbookWithoutAHeaderRowSaysWhatItLooksFor() throws IOException {
        TestWorkbooks.write(work.resolve("answers.xlsx"), new SheetRows("Notes", List.of(List.of("Hello"))),
                new SheetRows("Data", List.of(List.of("Requirement", "Answer"))));

        CliRun run = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: answers.xlsx: no sheet has a header row with an \"ID\" column and a"
                + " \"Met? (Yes/No)\", \"Partner Response\" or \"Customer Reference #1 Met? (Yes/No)\" column in its"
                + " first 30 rows; the sheets are: Notes, Data\nccv: 1 input error.\n");
    }

    @Test
    void neverWritesOverTheWorkbookNorAnExistingFileWithoutForce() throws IOException {
        goodWorkbook();
        Files.writeString(work.resolve("mine.yaml"), "mine\n");
        byte[] workbook = Files.readAllBytes(work.resolve("answers.xlsx"));

        CliRun overInput = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString(),
                "-o", "answers.xlsx", "--force");
        CliRun overFile = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString(),
                "-o", "mine.yaml");

        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(overInput.err()).isEqualTo("error: answers.xlsx: is the workbook being imported; write the"
                + " self-assessment to another file\nccv: 1 input error.\n");
        assertThat(Files.readAllBytes(work.resolve("answers.xlsx"))).isEqualTo(workbook);
        assertThat(overFile.exitCode()).isEqualTo(2);
        assertThat(overFile.err()).startsWith("error: mine.yaml: the file exists already;");
        assertThat(Files.readString(work.resolve("mine.yaml"))).isEqualTo("mine\n");

        CliRun forced = CliRun.of(work, "import", "answers.xlsx", "--checklist", CHECKLIST.toString(),
                "-o", "mine.yaml", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(work.resolve("mine.yaml"))).startsWith("# yaml-language-server");
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "answers.xlsx", "mine.yaml", "bundle");
        }
    }
}
