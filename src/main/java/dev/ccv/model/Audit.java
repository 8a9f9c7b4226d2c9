package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The auditor's record of an audit: the firm, the people, the audit date and the findings. */
public record Audit(String checklistId, String auditor, List<Auditor> auditors, LocalDate date,
                    List<AuditFinding> findings, SourcePosition position) {

    public Audit {
        auditors = List.copyOf(auditors);
        findings = List.copyOf(findings);
    }

    /** The auditor's entry for an item (and case study, null for partner scope), if any. */
    public Optional<AuditFinding> findingFor(String itemId, String caseStudyId) {
        return findings.stream()
                .filter(f -> f.itemId().equals(itemId) && Objects.equals(f.caseStudyId(), caseStudyId))
                .findFirst();
    }
}
