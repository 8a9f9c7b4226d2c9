package dev.ccv.loading;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.List;
import java.util.Map;

/** The top level of an input file: a mapping whose {@code kind} says which file it is. */
final class Document {

    static final List<String> KINDS = List.of("checklist", "self-assessment", "audit");
    private static final Map<String, String> NOUNS =
            Map.of("checklist", "a checklist", "self-assessment", "a self-assessment", "audit", "an audit record");

    private Document() {
    }

    /**
     * Opens the top-level mapping after checking its {@code kind}; a file of another kind is refused
     * at once, as its other keys would only add noise.
     */
    static YamlMap open(Node root, String kind, String context, List<String> keys, NodeReader reader) {
        if (root == null) {
            throw refuse(SourcePosition.of(reader.file()), "the file is empty; write " + NOUNS.get(kind)
                    + " in it, starting with `kind: " + kind + "`" + (kind.equals("self-assessment")
                    ? " (`ccv init CHECKLIST` writes a template to fill in)" : ""));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InvalidInputException(new InputError(reader.at(root),
                    "the top level must be a mapping of keys starting with `kind: " + kind + "`, found "
                            + NodeReader.describe(root)));
        }
        checkKind(mapping, kind, reader);
        return YamlMap.open(mapping, context, keys, reader);
    }

    private static void checkKind(MappingNode mapping, String kind, NodeReader reader) {
        Node value = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("kind")) {
                value = tuple.getValueNode();
                break;
            }
        }
        if (value == null) {
            throw refuse(reader.at(mapping), "missing `kind`; a " + kind + " file starts with `kind: " + kind + "`");
        }
        if (!(value instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
            throw refuse(reader.at(value), "`kind` must be `" + kind + "`, found " + NodeReader.describe(value));
        }
        String found = scalar.getValue();
        if (found.equals(kind)) {
            return;
        }
        SourcePosition position = reader.at(value);
        if (KINDS.contains(found)) {
            throw refuse(position, "this is a `kind: " + found + "` file, but a " + kind
                    + " was expected here (`kind: " + kind + "`)");
        }
        throw new InvalidInputException(new InputError(position,
                "`kind`: `" + Problems.excerpt(found) + "` is not a kind of file; expected `kind: " + kind + "`",
                Suggestions.orNull(found, List.of(kind))));
    }

    private static InvalidInputException refuse(SourcePosition position, String message) {
        return new InvalidInputException(new InputError(position, message));
    }
}
