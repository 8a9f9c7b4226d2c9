package dev.ccv.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the node tree of one document from snakeyaml's parser events, as snakeyaml's own composer
 * does (the same tags, aliases, limits and exceptions, raised at the same event), but lean: nodes
 * keep only their start position ({@link PositionedNodes}) and no comment lists, and scalars come
 * from {@link Scalars}.
 */
final class NodeComposer {

    private final Parser parser;
    private final LoaderOptions options;
    private final Scalars scalars;
    private final Map<String, Node> anchors = new HashMap<>();
    private int nonScalarAliases;
    private int depth;
    private boolean anchored;

    NodeComposer(Parser parser, LoaderOptions options, Scalars scalars) {
        this.parser = parser;
        this.options = options;
        this.scalars = scalars;
    }

    /** Whether another document follows (the stream start is skipped). */
    boolean checkNode() {
        if (parser.checkEvent(Event.ID.StreamStart)) {
            parser.getEvent();
        }
        return !parser.checkEvent(Event.ID.StreamEnd);
    }

    /** The next document's root node; call only when {@link #checkNode()} said there is one. */
    Node getNode() {
        parser.getEvent(); // document start
        Node root = composeNode();
        parser.getEvent(); // document end
        anchors.clear();
        return root;
    }

    /** Whether any node of the document was anchored (`&name`): only then can nodes be shared. */
    boolean anchored() {
        return anchored;
    }

    private Node composeNode() {
        if (parser.checkEvent(Event.ID.Alias)) {
            AliasEvent event = (AliasEvent) parser.getEvent();
            Node node = anchors.get(event.getAnchor());
            if (node == null) {
                throw new CompositionException("found undefined alias " + event.getAnchor(), event.getStartMark());
            }
            if (!(node instanceof ScalarNode) && ++nonScalarAliases > options.getMaxAliasesForCollections()) {
                throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max="
                        + options.getMaxAliasesForCollections());
            }
            return node;
        }
        String anchor = ((NodeEvent) parser.peekEvent()).getAnchor();
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
        Node node;
        if (parser.checkEvent(Event.ID.Scalar)) {
            node = composeScalar(anchor);
        } else if (parser.checkEvent(Event.ID.SequenceStart)) {
            node = composeSequence(anchor);
        } else {
            node = composeMapping(anchor);
        }
        depth--;
        return node;
    }

    private Node composeScalar(String anchor) {
        ScalarEvent event = (ScalarEvent) parser.getEvent();
        Mark start = event.getStartMark();
        String tagName = event.getTag();
        Tag tag = tagName == null || tagName.equals("!") ? null : explicit(tagName, start);
        Node node = scalars.scalar(event.getValue(), tag, event.getImplicit().canOmitTagInPlainScalar(),
                start.getLine(), start.getColumn(), event.getScalarStyle());
        register(anchor, node);
        return node;
    }

    private Node composeSequence(String anchor) {
        CollectionStartEvent event = (CollectionStartEvent) parser.getEvent();
        Mark start = event.getStartMark();
        boolean resolved = event.getTag() == null || event.getTag().equals("!");
        Tag tag = resolved ? scalars.collection(NodeId.sequence)
                : explicit(event.getTag(), start);
        ArrayList<Node> children = new ArrayList<>();
        Node node = new PositionedNodes.Sequence(tag, resolved, children, start.getLine(), start.getColumn(),
                event.getFlowStyle());
        register(anchor, node);
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            children.add(composeNode());
        }
        parser.getEvent();
        children.trimToSize();
        return node;
    }

    private Node composeMapping(String anchor) {
        CollectionStartEvent event = (CollectionStartEvent) parser.getEvent();
        Mark start = event.getStartMark();
        boolean resolved = event.getTag() == null || event.getTag().equals("!");
        Tag tag = resolved ? scalars.collection(NodeId.mapping)
                : explicit(event.getTag(), start);
        ArrayList<NodeTuple> children = new ArrayList<>();
        MappingNode node = new PositionedNodes.Mapping(tag, resolved, children, start.getLine(), start.getColumn(),
                event.getFlowStyle());
        register(anchor, node);
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node key = composeNode();
            if (key.getTag().equals(Tag.MERGE)) {
                node.setMerged(true);
            }
            children.add(new NodeTuple(key, composeNode()));
        }
        parser.getEvent();
        children.trimToSize();
        return node;
    }

    /** An explicit tag (`!!str`, `!name`); global tags of other vocabularies are refused, as snakeyaml does. */
    private Tag explicit(String name, Mark start) {
        Tag tag = new Tag(name);
        if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
            throw new CompositionException("Global tag is not allowed: " + name, start);
        }
        return tag;
    }

    private void register(String anchor, Node node) {
        if (anchor != null) {
            node.setAnchor(anchor);
            anchors.put(anchor, node);
            anchored = true;
        }
    }

    /** A composition error at a place in the file, read like snakeyaml's own. */
    static final class CompositionException extends MarkedYAMLException {

        private static final long serialVersionUID = 1L;

        CompositionException(String problem, Mark problemMark) {
            super(null, null, problem, problemMark);
        }
    }
}
