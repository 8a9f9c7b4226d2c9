package dev.ccv.engine;

import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The auditor's entries indexed by item and case study, so each result finds its entry without a scan. */
final class AuditEntries {

    private final Map<String, AuditFinding> byKey = new HashMap<>();

    AuditEntries(Optional<Audit> audit) {
        // the first entry for an item and case study wins, as Audit.findingFor says
        audit.ifPresent(a -> a.findings().forEach(f -> byKey.putIfAbsent(key(f.itemId(), f.caseStudyId()), f)));
    }

    /** The auditor's entry for an item (and case study, null for partner scope), if any. */
    Optional<AuditFinding> find(String itemId, String caseStudyId) {
        return Optional.ofNullable(byKey.get(key(itemId, caseStudyId)));
    }

    private static String key(String itemId, String caseStudyId) {
        return caseStudyId == null ? itemId : itemId + "\n" + caseStudyId;
    }
}
