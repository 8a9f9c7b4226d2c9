package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.report.ReportFormats;
import dev.ccv.report.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An individual applicant end to end: every report format names them, and --redact drops their personal data. */
class IndividualApplicantTest {

    private static final String BUNDLE = "examples/ambassador-passing";
    private static final List<String> FORMATS = ReportFormats.names();
    private static final List<String> PERSONAL = List.of("dana.lee@example.com", "SAP7Q2XK4M", "SEC9D1LW8Z",
            "SAA3H6TN1P");

    @TempDir
    Path out;

    private String report(String format, boolean redact) throws IOException {
        Path file = out.resolve((redact ? "redacted-" : "") + "report." + format);
        CliRun run = redact
                ? CliRun.of("validate", BUNDLE, "--report", format + "=" + file, "--redact")
                : CliRun.of("validate", BUNDLE, "--report", format + "=" + file);
        assertThat(run.err()).as(format).isEmpty();
        assertThat(run.exitCode()).as(format).isZero();
        return ReportText.of(format, Files.readAllBytes(file));
    }

    @Test
    void everyFormatNamesTheApplicant() throws IOException {
        for (String format : FORMATS) {
            assertThat(report(format, false)).as(format).contains("Dana Lee").doesNotContain("Partner\u00a0");
        }
        assertThat(report("text", false)).contains("Applicant  Dana Lee");
        assertThat(report("markdown", false)).contains("| Applicant | Dana Lee |");
        assertThat(report("junit", false)).contains("<property name=\"applicant\" value=\"Dana Lee\"/>");
        assertThat(report("sarif", false)).contains("\"applicant\": \"Dana Lee\"");
        assertThat(report("json", false)).contains("\"applicant\": {").doesNotContain("\"partner\": {")
                .contains("\"email\": \"dana.lee@example.com\"", "\"validationNumber\": \"SAA3H6TN1P\"",
                        "\"validOnAsOf\": true", "\"contributionWindowFrom\": \"2025-06-30\"");
    }

    @Test
    void theHtmlReportShowsCertificationsAndContributionsOnATimeline() throws IOException {
        String html = report("html", false);

        assertThat(html).contains("<section id=\"applicant\">", "AWS Certified Security - Specialty",
                "Zero-downtime deploys on Amazon ECS", "class=\"timeline\"",
                "title=\"Contribution window 2025-06-30 to 2026-06-30\"",
                "title=\"2026-03-01 · blog · Zero-downtime deploys on Amazon ECS\"")
                .doesNotContain("id=\"case-studies\"");
    }

    @Test
    void redactLeavesNoEmailOrValidationNumberInAnyFormat() throws IOException {
        for (String format : FORMATS) {
            String report = report(format, true);
            for (String personal : PERSONAL) {
                assertThat(report).as(format + " holds " + personal).doesNotContainIgnoringCase(personal);
            }
            assertThat(report).as(format).contains("Dana Lee");
        }
        assertThat(report("json", true)).contains("\"email\": null", "\"validationNumber\": null");
        assertThat(report("html", true)).contains("removed (redacted)");
    }

    /**
     * The flow a new Ambassador applicant follows: {@code ccv init}, then the template's own lines
     * filled in where it says so (placeholders replaced, commented fields given, the empty lists
     * listed, every response answered), then {@code ccv validate}.
     */
    @Test
    void initThenFillingInTheTemplatePasses(@TempDir Path folder) throws IOException {
        CliRun init = CliRun.of(folder, "init", "aws-ambassador", "-o", "self-assessment.yaml");
        assertThat(init.exitCode()).isZero();
        Path file = folder.resolve("self-assessment.yaml");
        CliRun unfilled = CliRun.of(folder, "validate", folder.toString());
        assertThat(unfilled.err()).isEmpty();
        assertThat(unfilled.exitCode()).as("the template fails until filled in").isEqualTo(1);

        String template = Files.readString(file, StandardCharsets.UTF_8);
        String filled = replaceOnce(template, "# applicationDate: YYYY-MM-DD", "applicationDate: 2026-06-30");
        filled = replaceOnce(filled, "name: \"TODO: your name\"", "name: Robin Park");
        filled = replaceOnce(filled, "# email: you@example.com", "email: robin@example.com");
        filled = replaceOnce(filled, "# employer: { name: Example Cloud, apnPartner: true, tier: advanced }",
                "employer: { name: Example Cloud, apnPartner: true, tier: advanced }");
        filled = replaceOnce(filled, "certifications: []", """
                certifications:
                  - { id: sap, name: AWS Certified Solutions Architect - Professional, level: professional,
                      earned: 2025-01-10, expires: 2028-01-10, validationNumber: "RPX1" }
                  - { id: dop, name: AWS Certified DevOps Engineer - Professional, level: professional,
                      earned: 2024-05-02, expires: 2027-05-02, validationNumber: "RPX2" }""");
        filled = replaceOnce(filled, "contributions: []", """
                contributions:
                  - { id: blog-1, type: blog, title: One, url: "https://robin.example/1", date: 2026-06-30 }
                  - { id: talk-1, type: talk, title: Two, url: "https://robin.example/2", date: 2026-02-10 }
                  - { id: workshop-1, type: workshop, title: Three, url: "https://robin.example/3", date: 2025-10-01 }
                  - { id: blog-2, type: blog, title: Four, url: "https://robin.example/4", date: 2025-06-30 }""");
        assertThat(filled).contains("status: not-met");
        filled = filled.replace("status: not-met", "status: met").replace("evidence: []", "evidence: [proof.md]");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("proof.md"), "Slides, agenda and an endorsement.\n");

        CliRun run = CliRun.of(folder, "validate", folder.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("PASS");
        assertThat(run.exitCode()).isZero();
    }

    private static String replaceOnce(String text, String line, String replacement) {
        assertThat(text).as("the template holds %s", line).contains(line);
        return text.replace(line, replacement);
    }

    @Test
    void everyProgramIsListedAndItsTemplateLoads(@TempDir Path folder) {
        CliRun list = CliRun.of("checklists");
        for (String id : List.of("aws-ambassador", "aws-hero", "aws-community-builder", "aws-user-group-leader",
                "aws-cloud-captain")) {
            assertThat(list.out()).contains(id);
            Path dir = folder.resolve(id);
            assertThat(CliRun.of(folder, "init", id, "-o", id + "/self-assessment.yaml").exitCode()).isZero();
            CliRun run = CliRun.of(folder, "validate", dir.toString());
            assertThat(run.err()).as(id).isEmpty();
            assertThat(run.exitCode()).as(id).isEqualTo(1);
        }
    }
}
