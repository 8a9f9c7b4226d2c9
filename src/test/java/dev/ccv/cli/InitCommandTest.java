package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv init}: the template it writes, where it writes it, and when it refuses to. */
class InitCommandTest {

    @TempDir
    Path work;

    @Test
    void writesTheTemplateToStandardOutput() throws Exception {
        CliRun run = CliRun.of("init", "aws-competency-baseline");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("init/aws-competency-baseline.yaml", run.out());
    }

    @Test
    void aTemplateForAChecklistWithCategoriesAndConditions() throws Exception {
        CliRun run = CliRun.of(LintCommandTest.FIXTURES, "init", "clean.yaml");
        assertThat(run.exitCode()).isZero();
        GoldenFiles.assertMatches("init/clean.yaml", run.out());
    }

    @Test
    void theTemplatesPlaceholdersAreReportedAtTheirLinesAsUnfinished() {
        CliRun.of(work, "init", "aws-competency-baseline", "-o", "bundle/self-assessment.yaml");

        CliRun run = CliRun.of(work, "validate", "bundle", "--report", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"message\": \"unfinished: `partner.name` on line 15 still holds the ccv"
                        + " init template's placeholder; write the partner's legal name; unfinished: `solution.name` on"
                        + " line 22 still holds the ccv init template's placeholder; write the solution's name\"")
                .contains("\"message\": \"unfinished: `id` of case study cs-example on line 29 still holds the"
                        + " ccv init template's placeholder; write the case study's own id (lowercase letters, digits"
                        + " and '-'); unfinished: `customer` of case study cs-example on line 30 still holds the ccv"
                        + " init template's placeholder; write the customer's name\"");
    }

    @Test
    void everyFormatShowsTheUnfinishedValues() {
        CliRun.of(work, "init", "aws-competency-baseline", "-o", "bundle/self-assessment.yaml");

        for (String format : new String[] {"text", "json", "junit", "sarif", "html", "markdown"}) {
            CliRun run = CliRun.of(work, "validate", "bundle", "--report", format);
            assertThat(run.exitCode()).as(format).isEqualTo(1);
            // the text report wraps long messages, HTML and Markdown escape the backquotes differently
            assertThat(run.out().replaceAll("\\s+", " ")).as(format).contains("TEMPLATE-PLACEHOLDER")
                    .contains("partner.name").contains("on line 15 still holds the ccv init template");
        }
        assertThat(CliRun.of(work, "validate", "bundle", "--report", "junit").out())
                .contains("<testsuite name=\"self-assessment\" tests=\"2\" failures=\"2\"");
    }

    @Test
    void aFinishedBundleWithOnePlaceholderLeftFails() throws Exception {
        Path bundle = Portfolios.copy("passing-precheck", work.resolve("bundle"));
        Path selfAssessment = bundle.resolve("self-assessment.yaml");
        Files.writeString(selfAssessment, Files.readString(selfAssessment)
                .replaceFirst("customer: Initech", "customer: \"TODO: Initech, check the legal name\""));

        CliRun run = CliRun.of(work, "validate", "bundle", "--as-of", "2026-06-30");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("TEMPLATE-PLACEHOLDER cs-initech +critical +open +BLOCKING\n"
                        + " +self-assessment.yaml:32: unfinished: `customer` of case study cs-initech on line 32 still")
                .endsWith("Verdict: FAIL — 1 open critical finding\n");
    }

    @Test
    void writesIntoANewSubfolderAndSaysWhatToRunNext() throws Exception {
        CliRun run = CliRun.of(work, "init", "aws-devops-competency", "-o", "bundle/new/self-assessment.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ccv: wrote bundle/new/self-assessment.yaml; fill it in, then run:"
                + " ccv validate bundle/new\n");
        assertThat(read("bundle/new/self-assessment.yaml")).isEqualTo(CliRun.of("init", "aws-devops-competency").out());
    }

    @Test
    void aFileOfAnotherNameIsValidatedByItsPath() {
        CliRun run = CliRun.of(work, "init", "aws-devops-competency", "-o", "acme.yaml");
        assertThat(run.err()).isEqualTo("ccv: wrote acme.yaml; fill it in, then run: ccv validate acme.yaml\n");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(work.resolve("self-assessment.yaml"), "mine\n");
        CliRun run = CliRun.of(work, "init", "aws-devops-competency", "-o", "self-assessment.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: self-assessment.yaml: the file exists already; choose another name"
                + " with -o, or add --force to overwrite it\n"
                + "ccv: 1 input error.\n");
        assertThat(read("self-assessment.yaml")).isEqualTo("mine\n");
    }

    @Test
    void overwritesWithForce() throws Exception {
        Files.writeString(work.resolve("self-assessment.yaml"), "mine\n");
        CliRun run = CliRun.of(work, "init", "aws-devops-competency", "-o", "self-assessment.yaml", "--force");
        assertThat(run.exitCode()).isZero();
        assertThat(read("self-assessment.yaml")).startsWith("# yaml-language-server: $schema=self-assessment.schema.json\n");
    }

    @Test
    void refusesAFolderAsOutput() throws Exception {
        Files.createDirectories(work.resolve("bundle"));
        CliRun run = CliRun.of(work, "init", "aws-devops-competency", "-o", "bundle", "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: bundle: is a folder; give a file name, like bundle/self-assessment.yaml\n");
    }

    @Test
    void anUnknownChecklistIsAnInputError() {
        CliRun run = CliRun.of(work, "init", "aws-devops", "-o", "self-assessment.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: aws-devops: not a checklist file nor the id of a built-in checklist;");
        assertThat(work.resolve("self-assessment.yaml")).doesNotExist();
    }

    private String read(String file) throws Exception {
        return Files.readString(work.resolve(file), StandardCharsets.UTF_8);
    }
}
