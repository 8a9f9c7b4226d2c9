package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The YAML 1.1 traps partners fall into, each shown through {@code ccv validate} as the exact
 * message a user sees: where it is, what YAML made of it, and what to write instead.
 */
class YamlTrapsTest {

    private static final String ONE_ERROR = "ccv: 1 input error; nothing was evaluated.\n";

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"yes", "no", "on", "off", "y", "True", "FALSE"})
    void aYesNoOnOffWordWhereABooleanIsMeantSaysToWriteTrueOrFalse(String word) {
        Ccv run = ExampleBundle.passing(folder).replace("  operatesAwsEnvironment: true\n",
                "  operatesAwsEnvironment: " + word + "\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:13:27: `operatesAwsEnvironment`: `" + word
                + "` is not a boolean in YAML 1.2, which editors follow; write true or false\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"no", "yes", "on", "off", "No", "OFF"})
    void aYesNoOnOffWordWhereTextIsMeantIsTextAsInYaml12(String word) throws IOException {
        ExampleBundle bundle = ExampleBundle.passing(folder)
                .replace("  name: Acme Cloud Consulting\n", "  name: " + word + "\n");

        Ccv run = bundle.validate("--report", "json");

        assertThat(run.err()).isEmpty();
        assertThat(new ObjectMapper().readTree(run.out()).at("/partner/name").asText()).isEqualTo(word);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void trueOrFalseWhereTextIsMeantSaysToQuoteIt() {
        Ccv run = ExampleBundle.passing(folder).replace("    thirdPartyTools: [Terraform, GitHub Actions]\n"
                        + "    dateDelivered: 2025-07-14",
                        "    thirdPartyTools: [Terraform, false]\n    dateDelivered: 2025-07-14")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:26:34: an entry of `thirdPartyTools`:"
                + " YAML reads unquoted `false` as a boolean, not text; write \"false\"\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnquotedVersionNumberIsReportedAsANumber() {
        Ccv run = ExampleBundle.passing(folder).replace("checklistVersion: \"2026.1\"", "checklistVersion: 1.10")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:4:19: `checklistVersion`: YAML reads unquoted"
                + " `1.10` as a number, not text; write checklistVersion: \"1.10\"\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnquotedVersionInAChecklistFileIsReportedAsANumber() throws IOException {
        ExampleBundle bundle = ExampleBundle.passing(folder);
        String checklist = Files.readString(Path.of("checklists/aws-competency-baseline.yaml"));
        Files.writeString(folder.resolve("checklist.yaml"), checklist.replace("version: \"2026.1\"", "version: 1.10"));

        Ccv run = bundle.validate("--checklist", "checklist.yaml");

        assertThat(run.err()).isEqualTo("error: checklist.yaml:" + lineOf(checklist, "version: ") + ":10: `version`:"
                + " YAML reads unquoted `1.10` as a number, not text; write version: \"1.10\"\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    private static int lineOf(String text, String start) {
        return (int) text.lines().takeWhile(line -> !line.startsWith(start)).count() + 1;
    }

    @Test
    void aDateThatDoesNotExistSaysWhy() {
        Ccv run = ExampleBundle.passing(folder).replace("dateDelivered: 2025-07-14", "dateDelivered: 2026-02-30")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:27:20: `dateDelivered`: there is no date"
                + " 2026-02-30 (February 2026 has 28 days); write a real date as YYYY-MM-DD\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aMonthThatDoesNotExistSaysWhy() {
        Ccv run = ExampleBundle.passing(folder).replace("dateDelivered: 2025-07-14", "dateDelivered: 2025-14-03")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:27:20: `dateDelivered`: there is no date"
                + " 2025-14-03 (there is no month 14); write a real date as YYYY-MM-DD\n" + ONE_ERROR);
    }

    @Test
    void aTabUsedForIndentationSaysToIndentWithSpaces() {
        Ccv run = ExampleBundle.passing(folder).replace("  tier: advanced\n", "\ttier: advanced\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:8:1: a tab is used for indentation;"
                + " indent with spaces instead\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aTabAfterAColonSaysToWriteASpace() {
        Ccv run = ExampleBundle.passing(folder).replace("  tier: advanced\n", "  tier:\tadvanced\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:8:8: a tab is not allowed here;"
                + " write a space instead\n" + ONE_ERROR);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        ExampleBundle bundle = ExampleBundle.passing(folder);
        byte[] text = bundle.read(ExampleBundle.SELF_ASSESSMENT).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        Ccv run = bundle.write(ExampleBundle.SELF_ASSESSMENT, withBom).validate();

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("PASS");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aSecondDocumentInTheFileIsRefusedWhereItStarts() {
        Ccv run = ExampleBundle.passing(folder).append("---\nkind: audit\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:219:1: a second YAML document starts here;"
                + " a file holds exactly one document (remove this `---` and what follows, or split the file)\n"
                + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anEmptyFileSaysWhatToWrite() {
        Ccv run = ExampleBundle.passing(folder).write(ExampleBundle.SELF_ASSESSMENT, "# to do\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml: the file is empty; write a self-assessment"
                + " in it, starting with `kind: self-assessment` (`ccv init CHECKLIST` writes a template to fill in)\n"
                + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anEmptyAuditRecordSaysWhatToWrite() {
        Ccv run = ExampleBundle.copy("audit-remediated", folder).write("audit.yaml", "").validate();

        assertThat(run.err()).isEqualTo("error: audit.yaml: the file is empty; write an audit record in it,"
                + " starting with `kind: audit`\n" + ONE_ERROR);
    }

    @Test
    void anUnclosedListNamesTheLineOfItsBracket() {
        Ccv run = ExampleBundle.passing(folder).replace("  tier: advanced\n", "  tier: [advanced\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:9:8: invalid YAML: the list opened with `[`"
                + " on line 8 is not closed here; close it with `]`, and quote entries that contain `:`, `,` or"
                + " brackets\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        Ccv run = ExampleBundle.passing(folder).append("    notes: \"checked on site\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:219:12: invalid YAML: the quoted text that"
                + " starts here is not closed; add the closing `\"`\n" + ONE_ERROR);
    }

    @Test
    void aKeyOutOfLineNamesTheMappingItBreaks() {
        Ccv run = ExampleBundle.passing(folder).replace("  tier: advanced\n", "   tier: advanced\n").validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:8:8: invalid YAML: a `:` where no mapping can"
                + " start here; check the indentation, or quote a value that contains `: `\n" + ONE_ERROR);
    }

    @Test
    void aValueStartingWithAnAtSignSaysToQuoteIt() {
        Ccv run = ExampleBundle.passing(folder).replace("  name: Acme Cloud Consulting\n", "  name: @acme\n")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:7:9: invalid YAML: a value cannot start with"
                + " `@`; put the value in quotes\n" + ONE_ERROR);
    }
}
