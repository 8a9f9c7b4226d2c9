package dev.ccv.loading;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.math.BigInteger;

/** Reads one scalar the way YAML 1.1 does (integers in any base, yes/no booleans, .inf), as plain Java. */
final class ScalarValues extends SafeConstructor {

    private ScalarValues() {
        super(new LoaderOptions());
    }

    /** String, Boolean, Long, Double, or null; an integer beyond a long becomes a Double. */
    static Object construct(ScalarNode node) {
        Object value = new ScalarValues().constructObject(node);
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof BigInteger big) {
            return big.doubleValue();
        }
        return value;
    }
}
