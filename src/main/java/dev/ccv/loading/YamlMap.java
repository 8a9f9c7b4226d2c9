package dev.ccv.loading;

import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One YAML mapping with its keys checked: unknown keys (with the nearest valid one), duplicate keys
 * (naming both lines) and keys that are not names are reported when it is opened. Later reads see
 * the first occurrence of each key.
 */
final class YamlMap {

    private static final int SCANNED = 8;

    /** One key of the mapping, with where the key stands and its value node. */
    record Entry(String key, SourcePosition position, Node value) {
    }

    private final MappingNode node;
    private final String context;
    private final NodeReader reader;
    private final SourcePosition owner;
    /** The first occurrence of each key, in order: scanned while few (most mappings have two to ten keys). */
    private final List<Entry> entries;
    /** The entries by key, once there are more than {@link #SCANNED} of them. */
    private Map<String, Entry> index;
    /** Valid keys already suggested for a misspelt one: reporting them missing as well would be noise. */
    private Set<String> suggested = Set.of();

    private YamlMap(MappingNode node, String context, NodeReader reader, SourcePosition owner) {
        this.node = node;
        this.context = context;
        this.reader = reader;
        this.owner = owner;
        this.entries = new ArrayList<>(node.getValue().size());
    }

    /** Opens a mapping whose keys must be among {@code keys}; {@code context} names it in messages ("a response"). */
    static YamlMap open(MappingNode node, String context, List<String> keys, NodeReader reader) {
        return openUnder(reader.at(node), node, context, keys, reader);
    }

    /** Like {@link #open}, with missing keys reported at {@code owner}, the key the mapping stands under. */
    static YamlMap openUnder(SourcePosition owner, MappingNode node, String context, List<String> keys,
                             NodeReader reader) {
        YamlMap map = new YamlMap(node, context, reader, owner);
        map.collect(keys);
        return map;
    }

    /** Opens a mapping whose keys are free (item ids, case-study ids, check parameters). */
    static YamlMap openAny(MappingNode node, String context, NodeReader reader) {
        return open(node, context, null, reader);
    }

    private void collect(List<String> keys) {
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourcePosition position = reader.at(keyNode);
            if (!(keyNode instanceof ScalarNode scalar) || NodeReader.isNull(keyNode)) {
                reader.problems().add(position, "a key in " + context + " must be a name, found "
                        + NodeReader.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            Entry first = find(key);
            if (first != null) {
                reader.problems().add(position, "duplicate key `" + key + "` in " + context
                        + " (first on line " + first.position().line() + ")");
            } else if (keys != null && !keys.contains(key)) {
                reportUnknown(key, position, keys);
            } else {
                add(new Entry(key, position, tuple.getValueNode()));
            }
        }
    }

    private Entry find(String key) {
        if (index != null) {
            return index.get(key);
        }
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    private void add(Entry entry) {
        entries.add(entry);
        if (index != null) {
            index.put(entry.key(), entry);
        } else if (entries.size() > SCANNED) {
            index = new HashMap<>();
            for (Entry known : entries) {
                index.put(known.key(), known);
            }
        }
    }

    private void reportUnknown(String key, SourcePosition position, List<String> keys) {
        if (key.equals("<<")) {
            reader.problems().add(position, "YAML merge keys (`<<`) are not supported in " + context
                    + "; write the keys out");
            return;
        }
        String suggestion = Suggestions.orNull(key, keys);
        if (suggestion != null) {
            if (suggested.isEmpty()) {
                suggested = new HashSet<>();
            }
            suggested.add(suggestion);
        }
        String message = "unknown key `" + key + "` in " + context;
        reader.problems().add(position, suggestion != null ? message
                : message + "; valid keys: " + String.join(", ", keys), suggestion);
    }

    SourcePosition position() {
        return reader.at(node);
    }

    NodeReader reader() {
        return reader;
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    boolean has(String key) {
        return find(key) != null;
    }

    Node value(String key) {
        Entry entry = find(key);
        return entry == null ? null : entry.value();
    }

    /** Where the key stands, or the mapping itself when the key is absent. */
    SourcePosition keyPosition(String key) {
        Entry entry = find(key);
        return entry == null ? position() : entry.position();
    }

    /** Where the value stands, or the key when the value is empty, or the mapping when the key is absent. */
    SourcePosition valuePosition(String key) {
        Node value = value(key);
        return NodeReader.isNull(value) ? keyPosition(key) : reader.at(value);
    }

    /** Reports the key as missing when absent; true when it is there. */
    boolean require(String key) {
        if (!has(key)) {
            if (!suggested.contains(key)) {
                reader.problems().add(owner, "missing required key `" + key + "` in " + context);
            }
            return false;
        }
        return true;
    }

    String text(String key) {
        return reader.text(value(key), Slot.key(key));
    }

    String requiredText(String key) {
        return require(key) ? reader.requiredText(value(key), Slot.key(key), keyPosition(key)) : null;
    }

    Located<String> locatedText(String key) {
        String text = text(key);
        return text == null ? null : new Located<>(text, valuePosition(key));
    }

    Boolean bool(String key) {
        return reader.bool(value(key), Slot.key(key));
    }

    boolean bool(String key, boolean absent) {
        Boolean value = bool(key);
        return value == null ? absent : value;
    }

    LocalDate date(String key) {
        return reader.date(value(key), Slot.key(key));
    }

    <E> E choice(String key, String what, Map<String, E> choices) {
        return reader.choice(value(key), Slot.key(key), what, choices);
    }

    <E> E choice(String key, String what, Map<String, E> choices, E absent) {
        E value = choice(key, what, choices);
        return value == null && NodeReader.isNull(value(key)) ? absent : value;
    }

    /** The entries of a list of texts; an absent key or empty value reads as no entries. */
    List<Located<String>> texts(String key) {
        List<Node> nodes = reader.list(value(key), Slot.key(key));
        List<Located<String>> texts = new ArrayList<>();
        for (Node entry : nodes == null ? List.<Node>of() : nodes) {
            String text = reader.text(entry, Slot.entryOf(key));
            if (text != null) {
                texts.add(new Located<>(text, reader.at(entry)));
            } else if (NodeReader.isNull(entry)) {
                reader.problems().add(reader.at(entry), Slot.entryOf(key).label() + " is empty; write a value");
            }
        }
        return texts;
    }

    List<Node> list(String key) {
        List<Node> nodes = reader.list(value(key), Slot.key(key));
        return nodes == null ? List.of() : nodes;
    }

    /** Like {@link #map}, but the key must be there and not be empty. */
    YamlMap requiredMap(String key, String nestedContext, List<String> keys) {
        if (!require(key)) {
            return null;
        }
        if (NodeReader.isNull(value(key))) {
            reader.problems().add(keyPosition(key), "`" + key + "` is empty; write its keys: " + String.join(", ", keys));
            return null;
        }
        return map(key, nestedContext, keys);
    }

    /** Like {@link #bool(String)}, but the key must be there and not be empty. */
    Boolean requiredBool(String key) {
        if (!require(key)) {
            return null;
        }
        if (NodeReader.isNull(value(key))) {
            reader.problems().add(keyPosition(key), "`" + key + "` is empty; write true or false");
            return null;
        }
        return bool(key);
    }

    /** Like {@link #choice(String, String, Map)}, but the key must be there and not be empty. */
    <E> E requiredChoice(String key, String what, Map<String, E> choices) {
        if (!require(key)) {
            return null;
        }
        if (NodeReader.isNull(value(key))) {
            reader.problems().add(keyPosition(key), "`" + key + "` is empty; write one of: "
                    + String.join(", ", choices.keySet()));
            return null;
        }
        return choice(key, what, choices);
    }

    /** The nested mapping under {@code key}, opened with its own keys; null when absent or empty. */
    YamlMap map(String key, String nestedContext, List<String> keys) {
        MappingNode nested = reader.mapping(value(key), Slot.key(key));
        return nested == null ? null : openUnder(keyPosition(key), nested, nestedContext, keys, reader);
    }
}
