package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ccv lint}: each authoring mistake it claims to catch, as the author sees it, with the exit code. */
class LintCommandTest {

    static final Path FIXTURES = Path.of("src/test/resources/authoring/lint").toAbsolutePath();

    private static CliRun lint(String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "lint";
        System.arraycopy(files, 0, args, 1, files.length);
        return CliRun.of(FIXTURES, args);
    }

    private static void assertErrors(CliRun run, String... lines) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join("\n", lines) + "\n");
    }

    @Test
    void aCleanChecklistHasNothingToSay() {
        CliRun run = lint("clean.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void duplicateItemId() {
        assertErrors(lint("duplicate-item-id.yaml"),
                "duplicate-item-id.yaml:12:13: error: duplicate item id `BR-001` (first on line 9)",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void duplicateSectionId() {
        assertErrors(lint("duplicate-section-id.yaml"),
                "duplicate-section-id.yaml:12:9: error: duplicate section id `business` (first on line 6)",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void itemIdOfTheWrongShape() {
        assertErrors(lint("bad-item-id.yaml"),
                "bad-item-id.yaml:9:13: error: `br-1` is not a valid item id: write capital letters and digits, '-',"
                        + " then digits (like `BR-001`)",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void unknownCheckTypeWithSuggestion() {
        assertErrors(lint("unknown-check-type.yaml"),
                "unknown-check-type.yaml:12:24: error: unknown check type `attestaton` (did you mean `attestation`?)",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void badCheckParametersInLineOrder() {
        assertErrors(lint("bad-check-parameter.yaml"),
                "bad-check-parameter.yaml:14:20: error: parameter `minimum` must be a whole number, not text",
                "bad-check-parameter.yaml:15:11: error: unknown parameter `minimumPublik` for check type"
                        + " `case-study-count` (did you mean `minimumPublic`?)",
                "1 file checked: 2 errors, 0 warnings");
    }

    @Test
    void caseStudyFieldsOnPartnerScope() {
        assertErrors(lint("case-study-fields-on-partner.yaml"),
                "case-study-fields-on-partner.yaml:9:9: error: check type `case-study-fields` checks one case study"
                        + " at a time: write `scope: case-study`",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void appliesToValuesMustBeDeclaredByTheChecklist() {
        assertErrors(lint("applies-to-unknown-value.yaml"),
                "applies-to-unknown-value.yaml:13:43: error: `producton` is not a solution category of this"
                        + " checklist; valid: production, operations (did you mean `production`?)",
                "applies-to-unknown-value.yaml:17:40: error: `saas`: this checklist declares no `deploymentTypes`"
                        + " at the top; declare them there or leave this condition out",
                "1 file checked: 2 errors, 0 warnings");
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertErrors(lint("unknown-key.yaml"),
                "unknown-key.yaml:11:9: error: unknown key `descripton` in a checklist item (did you mean"
                        + " `description`?)",
                "1 file checked: 1 error, 0 warnings");
    }

    @Test
    void missingOrBlankDescriptionIsOnlyAWarning() {
        CliRun run = lint("missing-description.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "missing-description.yaml:9:9: warning: item BR-001 has no description: say what evidence"
                + " satisfies it, so partners and auditors agree\n"
                + "missing-description.yaml:11:9: warning: item BR-002 has no description: say what evidence"
                + " satisfies it, so partners and auditors agree\n"
                + "1 file checked: 0 errors, 2 warnings\n");
    }

    @Test
    void anAssumedItemWhoseDescriptionDoesNotSayWhyIsAWarning() {
        CliRun run = lint("assumed-without-why.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "assumed-without-why.yaml:9:9: warning: item BR-001 is assumed, but its description does not say"
                + " why: add a sentence such as \"Assumption: no public checklist states this number\"\n"
                + "1 file checked: 0 errors, 1 warning\n");
    }

    @Test
    void aSectionWithoutItemsIsAWarning() {
        CliRun run = lint("empty-section.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "empty-section.yaml:6:5: warning: section business has no items; add some or remove the section\n"
                + "1 file checked: 0 errors, 1 warning\n");
    }

    @Test
    void severalFilesAreCountedTogetherAndAMissingOneIsAnError() {
        CliRun run = lint("clean.yaml", "missing-description.yaml", "nope.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).endsWith("nope.yaml: error: no such file\n3 files checked: 1 error, 2 warnings\n");
    }
}
