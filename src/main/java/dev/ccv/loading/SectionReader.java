package dev.ccv.loading;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Scope;
import dev.ccv.model.Section;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a checklist's sections and their items, checking ids, enum values and applicability. */
final class SectionReader {

    private static final List<String> SECTION_KEYS = List.of("id", "title", "appliesTo", "items");
    private static final List<String> ITEM_KEYS = List.of(
            "id", "title", "description", "severity", "scope", "appliesTo", "allowNotApplicable", "check", "source",
            "assumed");
    private static final Map<String, Severity> SEVERITIES = NodeReader.choicesOf(Severity.values());
    private static final Map<String, Scope> SCOPES = NodeReader.choicesOf(Scope.values());

    private final NodeReader reader;
    private final AppliesToReader conditions;
    private final Names sectionIds;
    private final Names itemIds;

    SectionReader(NodeReader reader, List<String> categories, List<String> deploymentTypes) {
        this.reader = reader;
        this.conditions = new AppliesToReader(reader, categories, deploymentTypes);
        this.sectionIds = new Names("section id", reader.problems());
        this.itemIds = new Names("item id", reader.problems());
    }

    List<Section> readAll(List<Node> nodes) {
        List<Section> sections = new ArrayList<>();
        for (Node node : nodes) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf("sections"));
            if (mapping != null) {
                sections.add(section(YamlMap.open(mapping, "a checklist section", SECTION_KEYS, reader)));
            }
        }
        return sections;
    }

    private Section section(YamlMap map) {
        String id = map.requiredText("id");
        if (id != null) {
            sectionIds.addLowercase(new Located<>(id, map.valuePosition("id")), "architecture-baseline");
        }
        String title = map.requiredText("title");
        AppliesToReader.Conditions sectionConditions = conditions.read(map);
        List<Item> items = new ArrayList<>();
        if (map.require("items")) {
            for (Node node : map.list("items")) {
                MappingNode mapping = reader.mapping(node, Slot.entryOf("items"));
                if (mapping != null) {
                    YamlMap itemMap = YamlMap.open(mapping, "a checklist item", ITEM_KEYS, reader);
                    AppliesToReader.Conditions itemConditions = conditions.read(itemMap);
                    Item item = item(itemMap, itemConditions.value());
                    conditions.checkCombination(id, sectionConditions, itemConditions, item);
                    items.add(item);
                }
            }
        }
        return new Section(id, title, sectionConditions.value(), items, map.position());
    }

    private Item item(YamlMap map, AppliesTo appliesTo) {
        String id = map.requiredText("id");
        if (id != null) {
            itemIds.addItemId(new Located<>(id, map.valuePosition("id")));
        }
        String title = map.requiredText("title");
        String description = map.text("description");
        Severity severity = map.choice("severity", "severity", SEVERITIES, Severity.REQUIRED);
        Scope scope = map.choice("scope", "scope", SCOPES, Scope.PARTNER);
        boolean allowNotApplicable = map.bool("allowNotApplicable", false);
        return new Item(id, title, description, severity, scope, appliesTo, allowNotApplicable, check(map),
                map.text("source"), map.bool("assumed", false), map.position());
    }

    /** The check as written; its parameters stay plain values for the engine to judge. */
    private CheckSpec check(YamlMap item) {
        if (!item.has("check")) {
            return CheckSpec.defaultFor(item.position());
        }
        MappingNode mapping = reader.mapping(item.value("check"), Slot.key("check"));
        if (mapping == null) {
            if (NodeReader.isNull(item.value("check"))) {
                reader.problems().add(item.keyPosition("check"),
                        "`check` is empty; write check: { type: attestation } or leave `check` out");
            }
            return CheckSpec.defaultFor(item.position());
        }
        YamlMap check = YamlMap.openUnder(item.keyPosition("check"), mapping, "`check`", null, reader);
        String type = check.requiredText("type");
        Map<String, Located<Object>> parameters = new LinkedHashMap<>();
        Map<String, SourcePosition> keys = new LinkedHashMap<>();
        for (YamlMap.Entry entry : check.entries()) {
            if (entry.key().equals("type")) {
                continue;
            }
            Object value = PlainValues.of(entry.value(), reader);
            if (value == null) {
                reader.problems().add(entry.position(), "`check` parameter `" + entry.key()
                        + "` is empty; write a value or leave it out");
            } else {
                parameters.put(entry.key(), new Located<>(value, check.valuePosition(entry.key())));
                keys.put(entry.key(), entry.position());
            }
        }
        SourcePosition typePosition = check.has("type") ? check.valuePosition("type") : check.position();
        return new CheckSpec(type == null ? CheckSpec.DEFAULT_TYPE : type, parameters, check.position(),
                typePosition, keys);
    }
}
