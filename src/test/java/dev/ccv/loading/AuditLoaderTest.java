package dev.ccv.loading;

import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.Evidence;
import dev.ccv.model.Remediation;
import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLoaderTest {

    private static final String FILE = "audit.yaml";
    private final AuditLoader loader = new AuditLoader();
    private final EvidenceResolver evidence = new EvidenceResolver(Errors.resource("bundle"));

    @Test
    void loadsTheAuditorsRecord() {
        Audit audit = loader.load(Errors.resource("bundle/audit.yaml"), FILE, evidence);

        assertThat(audit.checklistId()).isEqualTo("test-devops");
        assertThat(audit.auditor()).isEqualTo("Example Assurance LLP");
        assertThat(audit.date()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(audit.position()).isEqualTo(at(1, 1));
        assertThat(audit.findings()).containsExactly(
                new AuditFinding("ARC-001", "cs-globex", AuditResult.UNMET, "Production account root user has no MFA",
                        Remediation.REMEDIATED,
                        List.of(new Evidence.Local("evidence/globex/root-mfa.png", true, at(11, 27))), null, at(6, 5),
                        Map.of("item", at(6, 11), "caseStudy", at(7, 16), "result", at(8, 13), "note", at(9, 11),
                                "remediation", at(10, 18), "remediationEvidence", at(11, 26))),
                new AuditFinding("BR-001", null, AuditResult.MET, null, Remediation.OPEN, List.of(), null, at(12, 5),
                        Map.of("item", at(12, 11), "result", at(13, 13))));
        assertThat(audit.findings().get(1).positionOf("caseStudy")).isEqualTo(at(12, 5));
        assertThat(audit.findingFor("ARC-001", "cs-globex")).isPresent();
    }

    @Test
    void reportsMissingResultAndWrongRemediation() {
        assertThat(errors(header() + """
                findings:
                  - item: ARC-001
                    caseStudy: cs-globex
                    remediation: fixed
                    remediationEvidnce: [x.png]
                """)).containsExactly(
                FILE + ":6:5: missing required key `result` in an audit finding",
                FILE + ":8:18: `remediation`: `fixed` is not a valid remediation; valid: open, remediated, unremediable",
                FILE + ":9:5: unknown key `remediationEvidnce` in an audit finding"
                        + " (did you mean `remediationEvidence`?)");
    }

    @Test
    void reportsResultValuesWithTheNearest() {
        assertThat(errors(header() + "findings:\n  - { item: BR-001, result: unmett }\n")).containsExactly(
                FILE + ":6:29: `result`: `unmett` is not a valid result; valid: met, unmet (did you mean `unmet`?)");
    }

    @Test
    void refusesTwoFindingsForTheSameItemAndCaseStudy() {
        assertThat(errors(header() + """
                findings:
                  - { item: ARC-001, caseStudy: cs-a, result: unmet }
                  - { item: ARC-001, caseStudy: cs-b, result: unmet }
                  - { item: ARC-001, caseStudy: cs-a, result: met }
                """)).containsExactly(FILE + ":8:5: a second finding for `ARC-001 / cs-a` (first on line 6);"
                + " keep one entry per item and case study");
    }

    @Test
    void reportsMissingHeaderKeys() {
        assertThat(errors("kind: audit\nchecklist: test-devops\ndate: 2025-06-31\n")).containsExactly(
                FILE + ":1:1: missing required key `auditor` in the audit record",
                FILE + ":3:7: `date`: there is no date 2025-06-31 (June 2025 has 30 days); write a real date as YYYY-MM-DD");
    }

    private List<String> errors(String yaml) {
        return Errors.of(() -> loader.parse(yaml, FILE, evidence));
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    private static String header() {
        return """
                kind: audit
                checklist: test-devops
                auditor: Example Assurance LLP
                date: 2025-06-02
                """;
    }
}
