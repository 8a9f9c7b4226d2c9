package dev.ccv.model.result;

import dev.ccv.model.Auditor;
import java.time.LocalDate;
import java.util.List;

/** Who audited and when, as every report of an audit shows it: the firm, the people with their roles, the date. */
public record AuditMetadata(String auditor, List<Auditor> auditors, LocalDate date) {

    public AuditMetadata {
        auditors = List.copyOf(auditors);
    }
}
