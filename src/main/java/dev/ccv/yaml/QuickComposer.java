package dev.ccv.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Arrays;
import java.util.List;

/**
 * Composes a document written in the plain subset of YAML that bundles are written in, without
 * snakeyaml's scanner and parser, which make a dozen objects per value: a top-level block mapping;
 * block mappings and lists; one-line plain, quoted (without escapes) and flow (`[a, b]`, `{k: v}`)
 * values; block scalars (`>`, `>-`, `|`, `|-`) whose lines all stand at one indentation; comments.
 * It builds exactly the tree {@link NodeComposer} builds from snakeyaml's events, positions
 * included. Anything else (tabs, anchors, tags, multi-line plain or quoted scalars, block scalars
 * with an indentation indicator, `+` or more-indented lines, a value that starts with another
 * indicator, a line it does not expect) makes it give up, and snakeyaml reads the document: every
 * error message still comes from snakeyaml.
 */
final class QuickComposer {

    /** Deeper documents are left to snakeyaml, which enforces the nesting limit. */
    private static final int MAX_DEPTH = 50;
    /** Longer texts are left to snakeyaml, which enforces the size limit. */
    private static final int MAX_LENGTH = YamlReader.MAX_CODE_POINTS / 2;
    /** snakeyaml allows a key of at most 1024 characters on one line; longer ones are left to it. */
    private static final int MAX_KEY_LENGTH = 1000;
    /** Characters that cannot start a plain scalar here (some could, depending on what follows). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** The text's characters: array reads are far cheaper than charAt before the JIT has compiled this. */
    private final char[] text;
    private final Scalars scalars;
    /** Where each line starts, and where the text ends. */
    private final int[] lineStarts;
    /** Each line's indentation, or -1 for a line of only spaces or a comment. */
    private final int[] indents;
    private final int lines;
    /** The first line after the value just read: the block readers leave it here. */
    private int next;
    private int depth;
    /** The entries of the collection being read at each depth, reused. */
    private final Entries[] entries = new Entries[MAX_DEPTH + 2];

    private QuickComposer(char[] text, Scalars scalars, int[] lineStarts, int[] indents) {
        this.text = text;
        this.scalars = scalars;
        this.lineStarts = lineStarts;
        this.indents = indents;
        this.lines = lineStarts.length - 1;
    }

    /** The document's root node, or null when the text is not in the subset (snakeyaml must read it). */
    static Node compose(String yaml, Scalars scalars) {
        if (yaml.length() > MAX_LENGTH) {
            return null;
        }
        char[] text = yaml.toCharArray();
        int[] lineStarts = lineStarts(text);
        if (lineStarts == null) {
            return null;
        }
        QuickComposer composer = new QuickComposer(text, scalars, lineStarts, indents(text, lineStarts));
        try {
            return composer.document();
        } catch (GiveUp e) {
            return null;
        }
    }

    /** Where each line starts, plus the end of the text; null when a character needs snakeyaml. */
    private static int[] lineStarts(char[] text) {
        int[] starts = new int[1024];
        int count = 1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\n') {
                if (count + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = i + 1;
            } else if (!isPlainCharacter(c)) {
                return null;
            }
        }
        if (text.length == 0 || text[text.length - 1] != '\n') {
            starts[count++] = text.length + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] indents(char[] text, int[] lineStarts) {
        int[] indents = new int[lineStarts.length - 1];
        for (int line = 0; line < indents.length; line++) {
            int start = lineStarts[line];
            int end = Math.min(lineStarts[line + 1] - 1, text.length);
            int i = start;
            while (i < end && text[i] == ' ') {
                i++;
            }
            indents[line] = i >= end || text[i] == '#' ? -1 : i - start;
        }
        return indents;
    }

    /**
     * Printable characters that are one code point, no line break and no tab: YAML counts columns in
     * code points and also breaks lines at U+0085, U+2028 and U+2029, and U+FEFF takes no column.
     */
    private static boolean isPlainCharacter(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    private Node document() {
        int first = significant(0);
        if (first >= lines || indentOf(first) != 0) {
            return null;
        }
        Node root = blockMapping(first, 0);
        if (significant(next) < lines) {
            throw new GiveUp();
        }
        return root;
    }

    // --- lines

    private int start(int line) {
        return lineStarts[line];
    }

    /** The end of the line's text, before its line break. */
    private int end(int line) {
        return Math.min(lineStarts[line + 1] - 1, text.length);
    }

    /** The indentation of a line that holds more than spaces and a comment. */
    private int indentOf(int line) {
        return indents[line];
    }

    /** The first line from {@code line} on that holds more than spaces and a comment. */
    private int significant(int line) {
        int at = line;
        while (at < lines && indents[at] < 0) {
            at++;
        }
        return at;
    }

    private boolean startsEntry(int line, int column) {
        int i = start(line) + column;
        return i < end(line) && text[i] == '-' && (i + 1 == end(line) || text[i + 1] == ' ');
    }

    // --- block collections

    /** A block mapping whose first key stands at {@code column} of {@code line}; ends where its lines end. */
    private Node blockMapping(int line, int column) {
        Entries entries = enter();
        boolean merged = false;
        int at = line;
        while (true) {
            int lineEnd = end(at);
            int keyStart = start(at) + column;
            int colon = keyEnd(keyStart, lineEnd);
            Node key = plain(keyStart, trimEnd(keyStart, colon), at);
            merged |= key.getTag().equals(Tag.MERGE);
            Node value = blockValue(at, column, colon + 1, lineEnd);
            entries.add(new NodeTuple(key, value));
            int following = significant(next);
            if (following >= lines || indentOf(following) < column) {
                next = following;
                break;
            }
            if (indentOf(following) > column || startsEntry(following, column)) {
                throw new GiveUp();
            }
            at = following;
        }
        leave();
        return mapping(entries, merged, line, column, DumperOptions.FlowStyle.BLOCK);
    }

    /** The value after a key's `:` at {@code from} of {@code line}, whose mapping stands at {@code column}. */
    private Node blockValue(int line, int column, int from, int lineEnd) {
        int at = skipSpaces(from, lineEnd);
        if (at < lineEnd && !(text[at] == '#' && at > from)) {
            return lineValue(at, lineEnd, line, column);
        }
        int following = significant(line + 1);
        if (following < lines && indentOf(following) > column) {
            return startsEntry(following, indentOf(following)) ? blockSequence(following, indentOf(following))
                    : nestedMapping(following);
        }
        if (following < lines && indentOf(following) == column && startsEntry(following, column)) {
            return blockSequence(following, column);
        }
        // nothing written: an empty plain scalar where the `:` ends
        next = line + 1;
        return scalars.scalar("", null, true, line, from - start(line), DumperOptions.ScalarStyle.PLAIN);
    }

    private Node nestedMapping(int line) {
        return blockMapping(line, indentOf(line));
    }

    /** A block list whose entries start with `- ` at {@code column}. */
    private Node blockSequence(int line, int column) {
        Entries entries = enter();
        int at = line;
        while (true) {
            int lineEnd = end(at);
            int content = skipSpaces(start(at) + column + 1, lineEnd);
            if (content >= lineEnd || content == start(at) + column + 1 || text[content] == '#') {
                throw new GiveUp(); // an empty entry, or a nested block on the lines below
            }
            int contentColumn = content - start(at);
            if (isKeyAhead(content, lineEnd)) {
                entries.add(blockMapping(at, contentColumn));
            } else {
                entries.add(lineValue(content, lineEnd, at, column));
            }
            int following = significant(next);
            if (following >= lines || indentOf(following) < column
                    || indentOf(following) == column && !startsEntry(following, column)) {
                next = following;
                break;
            }
            if (indentOf(following) > column) {
                throw new GiveUp();
            }
            at = following;
        }
        leave();
        return sequence(entries, line, column, DumperOptions.FlowStyle.BLOCK);
    }

    /** A mapping node made once its entries are read, so that they take an exactly sized, immutable list. */
    private MappingNode mapping(Entries entries, boolean merged, int line, int column,
                                DumperOptions.FlowStyle style) {
        MappingNode mapping = new PositionedNodes.Mapping(scalars.collection(NodeId.mapping), true,
                entries.toList(), line, column, style);
        mapping.setMerged(merged);
        return mapping;
    }

    private Node sequence(Entries entries, int line, int column, DumperOptions.FlowStyle style) {
        return new PositionedNodes.Sequence(scalars.collection(NodeId.sequence), true, entries.toList(), line,
                column, style);
    }

    /**
     * The value that starts at {@code from} of {@code line}, in a collection whose indentation is
     * {@code parentColumn}: a block scalar, or a value on one line; leaves {@link #next} after it.
     */
    private Node lineValue(int from, int lineEnd, int line, int parentColumn) {
        if (text[from] == '>' || text[from] == '|') {
            return blockScalar(from, lineEnd, line, parentColumn);
        }
        Node value = inlineValue(from, lineEnd, line);
        next = line + 1;
        return value;
    }

    // --- block scalars

    /**
     * A block scalar whose header (`>`, `>-`, `|` or `|-`, maybe a comment) stands at {@code from}
     * and whose text lines all stand at the indentation of the first, deeper than
     * {@code parentColumn}; folded as snakeyaml's scanner folds: a line break between two lines
     * becomes a space (a newline in `|`), each empty line between them a newline.
     */
    private Node blockScalar(int from, int lineEnd, int line, int parentColumn) {
        boolean folded = text[from] == '>';
        int header = from + 1;
        boolean strip = header < lineEnd && text[header] == '-';
        if (strip) {
            header++;
        }
        int rest = skipSpaces(header, lineEnd);
        if (header < lineEnd && (rest == header || rest < lineEnd && text[rest] != '#')) {
            throw new GiveUp(); // `+`, an indentation digit, or more after the header
        }
        int first = line + 1;
        int indent = first < lines ? skipSpaces(start(first), end(first)) - start(first) : -1;
        if (indent <= parentColumn || start(first) + indent == end(first)) {
            throw new GiveUp(); // empty, or starting with an empty line
        }
        StringBuilder value = new StringBuilder();
        int last = first;
        int emptyLines = 0;
        for (int at = first; at < lines; at++) {
            int textStart = skipSpaces(start(at), end(at));
            int spaces = textStart - start(at);
            if (textStart == end(at)) {
                if (spaces > indent) {
                    throw new GiveUp(); // the spaces past the indentation are text
                }
                emptyLines++;
                continue;
            }
            if (spaces < indent) {
                break;
            }
            if (spaces > indent) {
                throw new GiveUp(); // more-indented lines keep their line breaks
            }
            if (at > first) {
                lineBreaks(value, folded, emptyLines);
            }
            value.append(text, textStart, end(at) - textStart);
            emptyLines = 0;
            last = at;
        }
        if (!strip && end(last) < text.length) {
            value.append('\n'); // clipped: the last line's break, if it has one
        }
        next = last + 1;
        DumperOptions.ScalarStyle style = folded ? DumperOptions.ScalarStyle.FOLDED
                : DumperOptions.ScalarStyle.LITERAL;
        return scalars.scalar(value.toString(), null, false, line, from - start(line), style);
    }

    /** What joins two lines of a block scalar with {@code emptyLines} empty lines between them. */
    private static void lineBreaks(StringBuilder value, boolean folded, int emptyLines) {
        if (folded && emptyLines == 0) {
            value.append(' ');
        }
        for (int i = folded ? 0 : -1; i < emptyLines; i++) {
            value.append('\n');
        }
    }

    // --- values on one line

    /** A value from {@code from} to the end of its line: a plain, quoted or flow scalar, then maybe a comment. */
    private Node inlineValue(int from, int lineEnd, int line) {
        char c = text[from];
        Node value;
        int after;
        if (c == '"' || c == '\'') {
            after = closingQuote(from, lineEnd) + 1;
            value = quoted(from, after, line);
        } else if (c == '[' || c == '{') {
            FlowReader flow = new FlowReader(line, lineEnd);
            value = flow.node(from);
            after = flow.position;
        } else {
            int end = plainEnd(from, lineEnd);
            value = plain(from, end, line);
            after = end;
        }
        int rest = skipSpaces(after, lineEnd);
        if (rest < lineEnd && !(text[rest] == '#' && rest > after)) {
            throw new GiveUp(); // `"quoted": key`, or more after a flow collection
        }
        return value;
    }

    /** Where a key that starts at {@code from} ends: at a `:` followed by a space or the line's end. */
    private int keyEnd(int from, int lineEnd) {
        if (from >= lineEnd || INDICATORS.indexOf(text[from]) >= 0) {
            throw new GiveUp();
        }
        for (int i = from; i < lineEnd && i - from < MAX_KEY_LENGTH; i++) {
            char c = text[i];
            if (c == ':' && (i + 1 == lineEnd || text[i + 1] == ' ')) {
                return i;
            }
            if (c == '#' && text[i - 1] == ' ') {
                break;
            }
        }
        throw new GiveUp();
    }

    /** Whether a plain key (`name:`) starts at {@code from}. */
    private boolean isKeyAhead(int from, int lineEnd) {
        if (INDICATORS.indexOf(text[from]) >= 0) {
            return false;
        }
        for (int i = from; i < lineEnd; i++) {
            char c = text[i];
            if (c == ':' && (i + 1 == lineEnd || text[i + 1] == ' ')) {
                return true;
            }
            if (c == '#' && text[i - 1] == ' ') {
                return false;
            }
        }
        return false;
    }

    /** Where a plain value in a block ends: before trailing spaces or a comment; `: ` inside is not for here. */
    private int plainEnd(int from, int lineEnd) {
        if (INDICATORS.indexOf(text[from]) >= 0) {
            throw new GiveUp();
        }
        int end = lineEnd;
        for (int i = from; i < lineEnd; i++) {
            char c = text[i];
            if (c == ':' && (i + 1 == lineEnd || text[i + 1] == ' ')) {
                throw new GiveUp();
            }
            if (c == '#' && text[i - 1] == ' ') {
                end = i;
                break;
            }
        }
        return trimEnd(from, end);
    }

    private int closingQuote(int from, int lineEnd) {
        char quote = text[from];
        for (int i = from + 1; i < lineEnd; i++) {
            char c = text[i];
            if (c == '\\' && quote == '"') {
                throw new GiveUp(); // escapes
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < lineEnd && text[i + 1] == '\'') {
                    throw new GiveUp(); // '' inside single quotes
                }
                return i;
            }
        }
        throw new GiveUp(); // continues on the next line
    }

    private Node quoted(int from, int after, int line) {
        DumperOptions.ScalarStyle style = text[from] == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : DumperOptions.ScalarStyle.SINGLE_QUOTED;
        return scalars.scalar(text, from + 1, after - 1, null, false, line, from - start(line), style);
    }

    private Node plain(int from, int end, int line) {
        if (end <= from) {
            throw new GiveUp();
        }
        return scalars.scalar(text, from, end, null, true, line, from - start(line), DumperOptions.ScalarStyle.PLAIN);
    }

    private int skipSpaces(int from, int end) {
        int i = from;
        while (i < end && text[i] == ' ') {
            i++;
        }
        return i;
    }

    private int trimEnd(int from, int end) {
        int i = end;
        while (i > from && text[i - 1] == ' ') {
            i--;
        }
        return i;
    }

    /** One level deeper; the entries of the collection read there, empty. */
    private Entries enter() {
        if (++depth > MAX_DEPTH) {
            throw new GiveUp();
        }
        Entries level = entries[depth];
        if (level == null) {
            level = new Entries();
            entries[depth] = level;
        }
        level.size = 0;
        return level;
    }

    private void leave() {
        depth--;
    }

    /** The entries of one collection while it is read: one reused array per depth instead of a list each. */
    private static final class Entries {

        private Object[] items = new Object[8];
        private int size;

        void add(Object item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        /** The entries as an exactly sized, immutable list. */
        @SuppressWarnings("unchecked")
        <T> List<T> toList() {
            return switch (size) {
                case 0 -> List.of();
                case 1 -> List.of((T) items[0]);
                case 2 -> List.of((T) items[0], (T) items[1]);
                default -> (List<T>) List.of(Arrays.copyOf(items, size));
            };
        }
    }

    /** Reads a flow collection that opens and closes on one line. */
    private final class FlowReader {

        private final int line;
        private final int lineEnd;
        int position;

        FlowReader(int line, int lineEnd) {
            this.line = line;
            this.lineEnd = lineEnd;
        }

        Node node(int from) {
            if (from >= lineEnd) {
                throw new GiveUp(); // the line, maybe the text, ends inside the collection
            }
            char c = text[from];
            if (c == '[') {
                return sequence(from);
            }
            if (c == '{') {
                return mapping(from);
            }
            if (c == '"' || c == '\'') {
                position = closingQuote(from, lineEnd) + 1;
                return quoted(from, position, line);
            }
            int end = plainEnd(from);
            position = end;
            return plain(from, trimEnd(from, end), line);
        }

        private Node sequence(int from) {
            Entries entries = enter();
            position = skipSpaces(from + 1, lineEnd);
            if (!at(']')) {
                while (true) {
                    entries.add(node(position));
                    position = skipSpaces(position, lineEnd);
                    if (at(']')) {
                        break;
                    }
                    expectComma();
                }
            }
            position++;
            leave();
            return QuickComposer.this.sequence(entries, line, from - start(line), DumperOptions.FlowStyle.FLOW);
        }

        private Node mapping(int from) {
            Entries entries = enter();
            boolean merged = false;
            position = skipSpaces(from + 1, lineEnd);
            if (!at('}')) {
                while (true) {
                    int keyStart = position;
                    int keyEnd = plainEnd(keyStart);
                    if (keyEnd - keyStart > MAX_KEY_LENGTH || keyEnd + 1 >= lineEnd || text[keyEnd] != ':'
                            || text[keyEnd + 1] != ' ') {
                        throw new GiveUp();
                    }
                    Node key = plain(keyStart, trimEnd(keyStart, keyEnd), line);
                    merged |= key.getTag().equals(Tag.MERGE);
                    position = skipSpaces(keyEnd + 1, lineEnd);
                    if (position >= lineEnd || ",}".indexOf(text[position]) >= 0) {
                        throw new GiveUp(); // a key without a value
                    }
                    entries.add(new NodeTuple(key, node(position)));
                    position = skipSpaces(position, lineEnd);
                    if (at('}')) {
                        break;
                    }
                    expectComma();
                }
            }
            position++;
            leave();
            int column = from - start(line);
            return QuickComposer.this.mapping(entries, merged, line, column, DumperOptions.FlowStyle.FLOW);
        }

        private boolean at(char c) {
            return position < lineEnd && text[position] == c;
        }

        private void expectComma() {
            if (!at(',')) {
                throw new GiveUp();
            }
            position = skipSpaces(position + 1, lineEnd);
            if (position >= lineEnd || "]},".indexOf(text[position]) >= 0) {
                throw new GiveUp(); // a trailing or doubled comma
            }
        }

        /**
         * Where a plain scalar in a flow collection ends: at a flow indicator, or a `:` followed by a
         * space, a flow indicator or the line's end (`https://x` is one scalar); `#`, `?`: for snakeyaml.
         */
        private int plainEnd(int from) {
            if (from >= lineEnd || INDICATORS.indexOf(text[from]) >= 0) {
                throw new GiveUp();
            }
            for (int i = from; i < lineEnd; i++) {
                char c = text[i];
                if (c == ',' || c == ']' || c == '}'
                        || c == ':' && (i + 1 == lineEnd || " ,[]{}".indexOf(text[i + 1]) >= 0)) {
                    return i;
                }
                if (c == '#' || c == '?' || c == '[' || c == '{') {
                    throw new GiveUp();
                }
            }
            throw new GiveUp(); // not closed on this line
        }
    }

    /** The document leaves the subset; thrown through the readers, never out of this class. */
    private static final class GiveUp extends RuntimeException {

        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }
}
