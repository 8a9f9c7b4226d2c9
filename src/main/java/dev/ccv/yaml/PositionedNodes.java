package dev.ccv.yaml;

import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.List;

/**
 * snakeyaml nodes that keep where they start as two numbers. snakeyaml's own keep a start and an
 * end {@link Mark}, and each mark holds on to the reader's buffer window of its time: for a large
 * file that is most of the memory the tree takes, and the collector copies it again and again.
 */
public final class PositionedNodes {

    /** The name snakeyaml's reader gives its marks; only {@link Mark#toString()} shows it. */
    private static final String SOURCE = "'reader'";
    private static final int[] NO_SNIPPET = new int[0];

    private PositionedNodes() {
    }

    /** The start mark of a node at the 0-based {@code line} and {@code column}, made when asked for. */
    static Mark mark(int line, int column) {
        return new Mark(SOURCE, 0, line, column, NO_SNIPPET, 0);
    }

    /** Where a node starts, 1-based as in messages, without making a mark when the node knows it. */
    public static SourcePosition position(String file, Node node) {
        if (node instanceof Positioned positioned) {
            return new SourcePosition(file, positioned.line() + 1, positioned.column() + 1);
        }
        Mark mark = node.getStartMark();
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A node that knows its 0-based start line and column. */
    private interface Positioned {

        int line();

        int column();
    }

    /** A scalar with its start position. */
    static final class Scalar extends ScalarNode implements Positioned {

        private final int line;
        private final int column;

        Scalar(Tag tag, boolean resolved, String value, int line, int column, DumperOptions.ScalarStyle style) {
            super(tag, resolved, value, null, null, style);
            this.line = line;
            this.column = column;
        }

        @Override
        public Mark getStartMark() {
            return mark(line, column);
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }
    }

    /** A sequence with its start position. */
    static final class Sequence extends SequenceNode implements Positioned {

        private final int line;
        private final int column;

        Sequence(Tag tag, boolean resolved, List<Node> value, int line, int column, DumperOptions.FlowStyle style) {
            super(tag, resolved, value, null, null, style);
            this.line = line;
            this.column = column;
        }

        @Override
        public Mark getStartMark() {
            return mark(line, column);
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }
    }

    /** A mapping with its start position. */
    static final class Mapping extends MappingNode implements Positioned {

        private final int line;
        private final int column;

        Mapping(Tag tag, boolean resolved, List<NodeTuple> value, int line, int column,
                DumperOptions.FlowStyle style) {
            super(tag, resolved, value, null, null, style);
            this.line = line;
            this.column = column;
        }

        @Override
        public Mark getStartMark() {
            return mark(line, column);
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }
    }
}
