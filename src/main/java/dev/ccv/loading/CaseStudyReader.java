package dev.ccv.loading;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.Evidence;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the self-assessment's case studies, keeping every field as written for field checks. */
final class CaseStudyReader {

    private static final List<String> TEXT_FIELDS =
            List.of("customer", "url", "introduction", "challenge", "solution", "outcomes");
    private static final List<String> LIST_FIELDS = List.of("awsServices", "thirdPartyTools");
    private static final List<String> KEYS = List.of("id", "customer", "public", "url", "introduction", "challenge",
            "solution", "awsServices", "thirdPartyTools", "dateDelivered", "outcomes", "evidence", "operatesAwsEnvironment");

    private final NodeReader reader;
    private final EvidenceResolver resolver;
    private final Names ids;

    CaseStudyReader(NodeReader reader, EvidenceResolver resolver) {
        this.reader = reader;
        this.resolver = resolver;
        this.ids = new Names("case study id", reader.problems());
    }

    List<CaseStudy> readAll(List<Node> nodes) {
        List<CaseStudy> caseStudies = new ArrayList<>();
        for (Node node : nodes) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf("caseStudies"));
            if (mapping != null) {
                caseStudies.add(caseStudy(YamlMap.open(mapping, "a case study", KEYS, reader)));
            }
        }
        return caseStudies;
    }

    private CaseStudy caseStudy(YamlMap map) {
        Map<String, Located<Object>> fields = new LinkedHashMap<>();
        String id = map.requiredText("id");
        if (id != null) {
            ids.addLowercase(new Located<>(id, map.valuePosition("id")), "cs-globex");
            put(fields, map, "id", id);
        }
        String customer = map.requiredText("customer");
        Boolean isPublic = map.requiredBool("public");
        put(fields, map, "public", isPublic);
        for (String key : TEXT_FIELDS) {
            put(fields, map, key, key.equals("customer") ? customer : map.text(key));
        }
        for (String key : LIST_FIELDS) {
            put(fields, map, key, values(map.texts(key), map.has(key)));
        }
        LocalDate delivered = map.date("dateDelivered");
        put(fields, map, "dateDelivered", delivered);
        List<Located<String>> references = map.texts("evidence");
        put(fields, map, "evidence", values(references, map.has("evidence")));
        List<Evidence> evidence = resolver.resolveAll(references, reader.problems());
        return new CaseStudy(id, customer, Boolean.TRUE.equals(isPublic), fields.containsKey("url")
                ? (String) fields.get("url").value() : null, delivered, evidence, fields,
                map.bool("operatesAwsEnvironment"), map.position());
    }

    private static List<String> values(List<Located<String>> texts, boolean written) {
        if (!written) {
            return null;
        }
        List<String> values = new ArrayList<>(texts.size());
        for (Located<String> text : texts) {
            values.add(text.value());
        }
        return Collections.unmodifiableList(values);
    }

    private static void put(Map<String, Located<Object>> fields, YamlMap map, String key, Object value) {
        if (value != null) {
            SourcePosition position = map.valuePosition(key);
            fields.put(key, new Located<>(value, position));
        }
    }
}
