package dev.ccv.loading;

import dev.ccv.yaml.IsoDate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads values whose meaning another part decides (check parameters) as plain Java: String,
 * Boolean, Long, Double, LocalDate, List and Map, the way YAML 1.1 reads them.
 */
final class PlainValues extends SafeConstructor {

    /** One per file is enough: snakeyaml's constructor sets up some forty value constructors when made. */
    PlainValues() {
        super(new LoaderOptions());
    }

    /**
     * The value of any node; duplicate keys, impossible dates and tags that do not fit their value
     * ({@code !!int abc}) are reported to {@code reader}.
     */
    static Object of(Node node, NodeReader reader) {
        if (node instanceof SequenceNode sequence) {
            List<Object> values = new ArrayList<>();
            for (Node entry : sequence.getValue()) {
                values.add(of(entry, reader));
            }
            return Collections.unmodifiableList(values);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (YamlMap.Entry entry : YamlMap.openAny(mapping, "this mapping", reader).entries()) {
                values.put(entry.key(), of(entry.value(), reader));
            }
            return Collections.unmodifiableMap(values);
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (Tag.TIMESTAMP.equals(tag) && IsoDate.hasShape(scalar.getValue())) {
            return reader.date(node, Slot.phrase("this date"));
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag) || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            Object value = reader.construct(scalar);
            return value == null ? scalar.getValue() : value;
        }
        return scalar.getValue();
    }

    /** A boolean, number or null scalar as YAML 1.1 reads it (integers in any base, yes/no); a huge integer becomes a Double. */
    Object scalar(ScalarNode node) {
        Object value = constructObject(node);
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof BigInteger big) {
            return big.doubleValue();
        }
        return value;
    }
}
