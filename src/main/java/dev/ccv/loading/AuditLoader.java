package dev.ccv.loading;

import dev.ccv.model.Audit;
import dev.ccv.model.Auditor;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.Remediation;
import dev.ccv.model.SourcePosition;
import dev.ccv.yaml.YamlReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the auditor's record ({@code kind: audit}), resolving remediation evidence against the bundle. */
public final class AuditLoader {

    private static final List<String> KEYS = List.of("kind", "checklist", "auditor", "auditors", "date", "findings");
    private static final List<String> FINDING_KEYS =
            List.of("item", "caseStudy", "result", "note", "remediation", "remediationEvidence", "remediatedOn");
    private static final List<String> AUDITOR_KEYS = List.of("name", "role");
    private static final Map<String, AuditResult> RESULTS = NodeReader.choicesOf(AuditResult.values());
    private static final Map<String, Remediation> REMEDIATIONS = NodeReader.choicesOf(Remediation.values());

    public Audit load(Path file, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(file, displayName), displayName, evidence);
    }

    /** Loads the file's content, read by the caller (a bundle's file through its {@code BundleRoot}). */
    public Audit load(byte[] content, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(content, displayName), displayName, evidence);
    }

    public Audit parse(String yaml, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(yaml, displayName), displayName, evidence);
    }

    private Audit read(Node root, String file, EvidenceResolver evidence) {
        Problems problems = new Problems();
        NodeReader reader = new NodeReader(file, problems);
        YamlMap top = Document.open(root, "audit", "the audit record", KEYS, reader);
        String checklist = top.requiredText("checklist");
        String auditor = top.requiredText("auditor");
        List<Auditor> auditors = auditors(top.list("auditors"), reader);
        var date = top.require("date") ? top.date("date") : null;
        if (top.has("date") && NodeReader.isNull(top.value("date"))) {
            problems.add(top.keyPosition("date"), "`date` is empty; write the audit date as YYYY-MM-DD");
        }
        List<AuditFinding> findings = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Node node : top.list("findings")) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf("findings"));
            if (mapping != null) {
                AuditFinding finding = finding(YamlMap.open(mapping, "an audit finding", FINDING_KEYS, reader), evidence);
                checkUnique(finding, seen, problems);
                findings.add(finding);
            }
        }
        problems.throwIfAny();
        return new Audit(checklist, auditor, auditors, date, findings, top.position());
    }

    private static AuditFinding finding(YamlMap map, EvidenceResolver evidence) {
        Map<String, SourcePosition> positions = new HashMap<>();
        for (String key : FINDING_KEYS) {
            if (map.has(key)) {
                positions.put(key, map.valuePosition(key));
            }
        }
        return new AuditFinding(
                map.requiredText("item"),
                map.text("caseStudy"),
                map.requiredChoice("result", "result", RESULTS),
                map.text("note"),
                map.choice("remediation", "remediation", REMEDIATIONS, Remediation.OPEN),
                evidence.resolveAll(map.texts("remediationEvidence"), map.reader().problems()),
                map.date("remediatedOn"),
                map.position(),
                positions);
    }

    /** The people of the audit team, each {@code { name, role }}; the role may be left out. */
    private static List<Auditor> auditors(List<Node> nodes, NodeReader reader) {
        List<Auditor> auditors = new ArrayList<>();
        for (Node node : nodes) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf("auditors"));
            if (mapping != null) {
                YamlMap map = YamlMap.open(mapping, "an auditor", AUDITOR_KEYS, reader);
                auditors.add(new Auditor(map.requiredText("name"), map.text("role"), map.position()));
            }
        }
        return auditors;
    }

    /** Two entries for the same item (and case study) would leave it unclear which one counts. */
    private static void checkUnique(AuditFinding finding, Map<String, SourcePosition> seen, Problems problems) {
        if (finding.itemId() == null) {
            return;
        }
        String key = finding.caseStudyId() == null ? finding.itemId() : finding.itemId() + " / " + finding.caseStudyId();
        SourcePosition first = seen.putIfAbsent(key, finding.position());
        if (first != null) {
            problems.add(finding.position(), "a second finding for `" + key + "` (first on line " + first.line()
                    + "); keep one entry per item and case study");
        }
    }
}
