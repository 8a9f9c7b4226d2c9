package dev.ccv.loading;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.Located;
import dev.ccv.model.Partner;
import dev.ccv.model.Response;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Solution;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Tier;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the partner's self-assessment ({@code kind: self-assessment}), resolving evidence against
 * the bundle, and reports every input error in it. Checks against the checklist come later, in
 * {@link SubmissionValidator}.
 */
public final class SelfAssessmentLoader {

    private static final List<String> KEYS = List.of("kind", "checklist", "checklistVersion", "applicationDate", "partner", "solution",
            "caseStudies", "responses", "corporateEvents");
    private static final List<String> PARTNER_KEYS = List.of("name", "tier", "apnId", "landingPage");
    private static final List<String> SOLUTION_KEYS =
            List.of("name", "category", "deploymentType", "operatesAwsEnvironment");
    private static final Map<String, Tier> TIERS = NodeReader.choicesOf(Tier.values());

    public SelfAssessment load(Path file, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(file, displayName), displayName, evidence);
    }

    /** Loads the file's content, read by the caller (a bundle's file through its {@code BundleRoot}). */
    public SelfAssessment load(byte[] content, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(content, displayName), displayName, evidence);
    }

    public SelfAssessment parse(String yaml, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(yaml, displayName), displayName, evidence);
    }

    private SelfAssessment read(Node root, String file, EvidenceResolver evidence) {
        Problems problems = new Problems();
        NodeReader reader = new NodeReader(file, problems);
        YamlMap top = Document.open(root, "self-assessment", "the self-assessment", KEYS, reader);
        Map<String, Located<Object>> fields = new LinkedHashMap<>();
        put(fields, "kind", top, "kind", "self-assessment");
        String checklistId = top.requiredText("checklist");
        put(fields, "checklist", top, "checklist", checklistId);
        String checklistVersion = top.text("checklistVersion");
        put(fields, "checklistVersion", top, "checklistVersion", checklistVersion);
        LocalDate applicationDate = top.date("applicationDate");
        Partner partner = partner(top.requiredMap("partner", "`partner`", PARTNER_KEYS), top.keyPosition("partner"),
                fields);
        Solution solution = solution(top.requiredMap("solution", "`solution`", SOLUTION_KEYS),
                top.keyPosition("solution"), fields);
        List<CaseStudy> caseStudies = new CaseStudyReader(reader, evidence).readAll(top.list("caseStudies"));
        Map<String, Response> responses = new ResponseReader(reader, evidence).readAll(top);
        List<CorporateEvent> events = new CorporateEventReader(reader).readAll(top.list("corporateEvents"));
        problems.throwIfAny();
        // the top-level collections, so that field checks can count them and findings can point at them
        List<String> caseStudyIds = new ArrayList<>();
        for (CaseStudy caseStudy : caseStudies) {
            caseStudyIds.add(caseStudy.id());
        }
        List<String> eventTypes = new ArrayList<>();
        for (CorporateEvent event : events) {
            eventTypes.add(event.type().yamlName());
        }
        putList(fields, top, "caseStudies", caseStudyIds);
        putList(fields, top, "corporateEvents", eventTypes);
        putList(fields, top, "responses", List.copyOf(responses.keySet()));

        return new SelfAssessment(checklistId, checklistVersion, applicationDate, partner, solution, caseStudies, responses, events,
                fields, top.position());
    }

    private static Partner partner(YamlMap map, SourcePosition position, Map<String, Located<Object>> fields) {
        if (map == null) {
            return null;
        }
        String name = map.requiredText("name");
        Tier tier = map.requiredChoice("tier", "tier", TIERS);
        String apnId = map.text("apnId");
        String landingPage = map.text("landingPage");
        put(fields, "partner.name", map, "name", name);
        put(fields, "partner.tier", map, "tier", tier == null ? null : tier.yamlName());
        put(fields, "partner.apnId", map, "apnId", apnId);
        put(fields, "partner.landingPage", map, "landingPage", landingPage);
        return new Partner(name, tier, apnId, landingPage, position);
    }

    private static Solution solution(YamlMap map, SourcePosition position, Map<String, Located<Object>> fields) {
        if (map == null) {
            return null;
        }
        String name = map.requiredText("name");
        String category = map.text("category");
        String deploymentType = map.text("deploymentType");
        Boolean operates = map.bool("operatesAwsEnvironment");
        put(fields, "solution.name", map, "name", name);
        put(fields, "solution.category", map, "category", category);
        put(fields, "solution.deploymentType", map, "deploymentType", deploymentType);
        put(fields, "solution.operatesAwsEnvironment", map, "operatesAwsEnvironment", operates);
        return new Solution(name, category, deploymentType, operates == null || operates, position);
    }

    private static void putList(Map<String, Located<Object>> fields, YamlMap top, String key, List<String> values) {
        if (top.has(key)) {
            fields.put(key, new Located<>(values, top.keyPosition(key)));
        }
    }

    private static void put(Map<String, Located<Object>> fields, String path, YamlMap map, String key, Object value) {
        if (value != null) {
            fields.put(path, new Located<>(value, map.valuePosition(key)));
        }
    }
}
