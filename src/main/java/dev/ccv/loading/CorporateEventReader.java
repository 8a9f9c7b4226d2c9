package dev.ccv.loading;

import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the mergers, acquisitions and divestitures a partner declares under {@code corporateEvents}. */
final class CorporateEventReader {

    private static final List<String> KEYS = List.of("type", "counterparty", "counterpartyIsCompetencyPartner", "date",
            "impactDescription", "affectsCompetencyPractice", "disclosed", "significant");
    private static final Map<String, CorporateEventType> TYPES = NodeReader.choicesOf(CorporateEventType.values());

    private final NodeReader reader;

    CorporateEventReader(NodeReader reader) {
        this.reader = reader;
    }

    List<CorporateEvent> readAll(List<Node> nodes) {
        List<CorporateEvent> events = new ArrayList<>();
        for (Node node : nodes) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf("corporateEvents"));
            if (mapping != null) {
                events.add(event(YamlMap.open(mapping, "a corporate event", KEYS, reader)));
            }
        }
        return events;
    }

    private CorporateEvent event(YamlMap map) {
        return new CorporateEvent(
                map.requiredChoice("type", "corporate event type", TYPES),
                map.requiredText("counterparty"),
                map.bool("counterpartyIsCompetencyPartner", false),
                map.date("date"),
                map.text("impactDescription"),
                map.bool("affectsCompetencyPractice", false),
                map.bool("disclosed", false),
                map.bool("significant", false),
                map.position());
    }
}
