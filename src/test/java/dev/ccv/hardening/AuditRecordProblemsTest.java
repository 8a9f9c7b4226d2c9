package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A problem in the auditor's record is reported at the audit record's own line, never at one of the self-assessment. */
class AuditRecordProblemsTest {

    private static final String REMEDIATION_EVIDENCE =
            "    remediationEvidence: [evidence/remediation/thought-leadership-2026.md]\n";

    @TempDir
    Path temp;

    private ExampleBundle audit() {
        return ExampleBundle.copy("audit-remediated", temp);
    }

    @Test
    void aTypoInACaseStudyIsReportedAtTheCaseStudyValue() {
        Ccv run = audit().replace("audit.yaml", "caseStudy: cs-litware", "caseStudy: cs-litwar").validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: audit.yaml:18:16: no case study `cs-litwar` in the self-assessment;"
                + " its case studies: cs-adatum, cs-litware, cs-proseware, cs-trey (did you mean `cs-litware`?)\n"
                + "ccv: 1 input error; nothing was evaluated.\n");
    }

    @Test
    void anUnknownItemIsReportedAtTheItemValue() {
        Ccv run = audit().replace("audit.yaml", "item: COST-001", "item: COST-01").validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: audit.yaml:35:11: an audit finding for `COST-01`, which checklist"
                + " `aws-competency-baseline` does not have (did you mean `COST-001`?)\n");
    }

    @Test
    void remediatedWithoutEvidenceNamesTheAuditLine() {
        Ccv run = audit().replace("audit.yaml", REMEDIATION_EVIDENCE, "").validate("--report", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"message\": \"auditor: unmet (audit.yaml:12:13); external, not verified:"
                + " https://northwind.example/blog/aurora-blue-green; audit.yaml:14:18: marked remediated, but no"
                + " remediationEvidence is given: the finding stays open; add remediationEvidence: [PATH] naming the"
                + " file that shows the fix\"");
    }

    @Test
    void remediationEvidenceThatIsMissingIsNamedAtItsAuditLine() {
        Ccv run = audit().replace("audit.yaml", "thought-leadership-2026.md", "thought-leadership-2027.md")
                .validate("--report", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("marked remediated, but no remediation evidence resolves (not found:"
                + " evidence/remediation/thought-leadership-2027.md at audit.yaml:15:27): the finding stays open");
    }

    @Test
    void anAuditorUnmetOnAnItemThatDoesNotApplyStopsTheRunNamingBothLines() {
        Ccv run = audit().replace("operatesAwsEnvironment: true", "operatesAwsEnvironment: false").validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: audit.yaml:19:13: the auditor records `unmet` for ARC-003 for case"
                + " study cs-litware, but the item does not apply: the solution does not operate an AWS environment,"
                + " at self-assessment.yaml:13:27 (`operatesAwsEnvironment: false`); correct one of the two files:"
                + " the self-assessment, or this audit entry\n"
                + "error: audit.yaml:26:13: the auditor records `unmet` for NETSEC-001 for case study cs-proseware,"
                + " but the item does not apply: the solution does not operate an AWS environment, at"
                + " self-assessment.yaml:13:27 (`operatesAwsEnvironment: false`); correct one of the two files: the"
                + " self-assessment, or this audit entry\n"
                + "error: audit.yaml:36:13: the auditor records `unmet` for COST-001, but the item does not apply:"
                + " the solution does not operate an AWS environment, at self-assessment.yaml:13:27"
                + " (`operatesAwsEnvironment: false`); correct one of the two files: the self-assessment, or this"
                + " audit entry\n"
                + "ccv: 3 input errors; nothing was evaluated.\n");
    }

    @Test
    void anAuditorMetOnAnItemThatDoesNotApplyIsOnlyANote() {
        ExampleBundle bundle = audit().replace("operatesAwsEnvironment: true", "operatesAwsEnvironment: false");
        String audit = bundle.read("audit.yaml");
        bundle.write("audit.yaml", audit.substring(0, audit.indexOf("findings:")) + """
                findings:
                  - item: IAM-002
                    caseStudy: cs-adatum
                    result: met
                """);

        Ccv run = bundle.validate();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("N/A    cs-adatum\n"
                + " ".repeat(28) + "self-assessment.yaml:13: does not apply: the solution does not operate\n"
                + " ".repeat(32) + "an AWS environment\n"
                + " ".repeat(28) + "self-assessment.yaml:13: auditor: met (audit.yaml:13:13) noted; the item\n"
                + " ".repeat(32) + "does not apply\n");
    }
}
