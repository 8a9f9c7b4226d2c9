package dev.ccv.report;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two JSON reports of the same application, for {@code ccv diff}: findings
 * (keyed by item and case study) that appeared, were resolved or changed, and the verdicts.
 * Changes are listed in the new report's order, then findings no longer reported in the old one's.
 */
public record ReportDiff(SavedReport before, SavedReport after, List<FindingChange> changes) {

    public ReportDiff {
        changes = List.copyOf(changes);
    }

    public static ReportDiff between(SavedReport before, SavedReport after) {
        Map<Key, Finding> remaining = byKey(before.findings());
        List<FindingChange> changes = new ArrayList<>();
        for (Finding finding : after.findings()) {
            FindingChange change = FindingChange.between(remaining.remove(Key.of(finding)), finding);
            if (change != null) {
                changes.add(change);
            }
        }
        remaining.values().forEach(gone -> changes.add(FindingChange.between(gone, null)));
        return new ReportDiff(before, after, changes);
    }

    public List<FindingChange> appeared() {
        return ofKind(FindingChange.Kind.APPEARED);
    }

    public List<FindingChange> resolved() {
        return ofKind(FindingChange.Kind.RESOLVED);
    }

    public List<FindingChange> changed() {
        return ofKind(FindingChange.Kind.CHANGED);
    }

    public boolean verdictChanged() {
        return before.verdict() != after.verdict();
    }

    /** The findings that block now and did not before: new blocking ones and ones that became blocking. */
    public List<FindingChange> newlyBlocking() {
        return changes.stream().filter(FindingChange::becameBlocking).toList();
    }

    /**
     * Something got worse: a blocking finding appeared or a finding became blocking. A verdict
     * going from pass to fail implies one; it is checked too so that no such report passes unnoticed.
     */
    public boolean worsened() {
        return !newlyBlocking().isEmpty() || (before.verdict() == Verdict.PASS && after.verdict() == Verdict.FAIL);
    }

    /** The exit code of {@code ccv diff}: 0 when nothing got worse, 1 when something did. */
    public int exitCode() {
        return worsened() ? 1 : 0;
    }

    private List<FindingChange> ofKind(FindingChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Map<Key, Finding> byKey(List<Finding> findings) {
        Map<Key, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(Key.of(f), f));
        return map;
    }

    /** A finding's identity across reports; the case study is null for partner scope. */
    private record Key(String itemId, String caseStudyId) {
        static Key of(Finding finding) {
            return new Key(finding.itemId(), finding.caseStudyId());
        }
    }
}
