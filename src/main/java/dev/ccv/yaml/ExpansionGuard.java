package dev.ccv.yaml;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses node trees that aliases make recursive or make expand far beyond what was written: even
 * a few dozen aliases can nest into billions of values when a loader walks the tree.
 */
final class ExpansionGuard {

    /** How many values walking the tree may visit beyond those actually written. */
    static final long MAX_EXTRA_VALUES = 1_000_000;

    private final String file;
    private final Map<Node, Long> sizes = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Every node, children before their parent, so the first one too large is where the expansion is. */
    private final List<Node> walked = new ArrayList<>();

    ExpansionGuard(String file) {
        this.file = file;
    }

    void check(Node root) {
        if (!hasAnchor(root)) {
            // only an anchored node can be shared or recursive: without one the tree is as written
            return;
        }
        long limit = size(root) > MAX_EXTRA_VALUES ? sizes.size() + MAX_EXTRA_VALUES : Long.MAX_VALUE;
        walked.stream().filter(node -> sizes.get(node) > limit).findFirst().ifPresent(node -> {
            throw new InvalidInputException(new InputError(position(node),
                    "the aliases (`*name`) in this value expand to more than " + MAX_EXTRA_VALUES
                            + " values; refused as a possible \"billion laughs\" attack; write the values out"));
        });
    }

    /** Whether any node is anchored (`&name`); stops at the first, so a recursive document ends the walk too. */
    private static boolean hasAnchor(Node node) {
        if (node.getAnchor() != null) {
            return true;
        }
        for (Node child : children(node)) {
            if (hasAnchor(child)) {
                return true;
            }
        }
        return false;
    }

    /** The number of values a walk visits from {@code node}, saturating instead of overflowing. */
    private long size(Node node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(node)) {
            throw new InvalidInputException(new InputError(position(node),
                    "an alias (`*name`) refers to a list or mapping that contains it; recursive YAML is not allowed"));
        }
        long size = 1;
        for (Node child : children(node)) {
            size = Math.min(Long.MAX_VALUE / 2, size + size(child));
        }
        inProgress.remove(node);
        sizes.put(node, size);
        walked.add(node);
        return size;
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            }
        }
        return children;
    }

    private SourcePosition position(Node node) {
        return PositionedNodes.position(file, node);
    }
}
