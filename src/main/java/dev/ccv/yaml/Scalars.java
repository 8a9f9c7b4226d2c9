package dev.ccv.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Makes the scalar nodes of one document with the tags snakeyaml's resolver gives them. A short
 * value written many times (keys, statuses, paths) becomes one string, its tag resolved once.
 */
final class Scalars {

    /** Values longer than this are rarely repeated, and are not worth remembering. */
    private static final int MAX_REMEMBERED_LENGTH = 64;
    private static final int MAX_REMEMBERED_VALUES = 1 << 16;

    private final TextAwareResolver resolver = new TextAwareResolver();
    private final Tag sequenceTag = resolver.resolve(NodeId.sequence, null, true);
    private final Tag mappingTag = resolver.resolve(NodeId.mapping, null, true);
    /** The values seen, by hash, with linear probing; at most half full. */
    private Known[] known = new Known[1024];
    private int size;

    /**
     * A scalar at the 0-based {@code line} and {@code column}: with an explicit {@code tag}, or, when
     * it is null, the tag YAML implies ({@code plain}: as a plain scalar, else as text).
     */
    Node scalar(String value, Tag tag, boolean plain, int line, int column, DumperOptions.ScalarStyle style) {
        Known remembered = value.length() > MAX_REMEMBERED_LENGTH ? null : remember(value, null, 0, value.length());
        return scalar(remembered, remembered == null ? value : remembered.value, tag, plain, line, column, style);
    }

    /** Like the scalar of a string, for the value written at {@code text[from, end)}. */
    Node scalar(char[] text, int from, int end, Tag tag, boolean plain, int line, int column,
                DumperOptions.ScalarStyle style) {
        Known remembered = end - from > MAX_REMEMBERED_LENGTH ? null : remember(null, text, from, end);
        String value = remembered != null ? remembered.value : new String(text, from, end - from);
        return scalar(remembered, value, tag, plain, line, column, style);
    }

    private Node scalar(Known remembered, String value, Tag tag, boolean plain, int line, int column,
                        DumperOptions.ScalarStyle style) {
        Tag resolved = tag;
        if (resolved == null && !plain) {
            resolved = resolver.resolve(NodeId.scalar, value, false);
        } else if (resolved == null && remembered != null) {
            if (remembered.plainTag == null) {
                remembered.plainTag = plainTag(value);
            }
            resolved = remembered.plainTag;
        } else if (resolved == null) {
            resolved = plainTag(value);
        }
        return new PositionedNodes.Scalar(resolved, tag == null, value, line, column, style);
    }

    /** The tag of a sequence or mapping written without one. */
    Tag collection(NodeId kind) {
        return kind == NodeId.sequence ? sequenceTag : mappingTag;
    }

    /**
     * The tag of a plain scalar, skipping the resolver's regexes (slow until the JIT has compiled
     * them) where their answer is certain: a date written YYYY-MM-DD is a timestamp (no integer or
     * float has a `-` inside), and text that starts with a character no resolver watches is text.
     */
    private Tag plainTag(String value) {
        if (IsoDate.hasShape(value)) {
            return Tag.TIMESTAMP;
        }
        return resolver.isCertainlyText(value) ? Tag.STR : resolver.resolve(NodeId.scalar, value, true);
    }

    /**
     * The value seen before, or now first (null when there are too many): either {@code value}, or,
     * when it is null, {@code text[from, end)}. The hash is the string's.
     */
    private Known remember(String value, char[] text, int from, int end) {
        int length = end - from;
        int hash = 0;
        if (value != null) {
            hash = value.hashCode();
        } else {
            for (int i = from; i < end; i++) {
                hash = 31 * hash + text[i];
            }
        }
        int mask = known.length - 1;
        int slot = mix(hash) & mask;
        for (Known k = known[slot]; k != null; k = known[slot]) {
            if (k.hash == hash && (value != null ? k.value.equals(value) : sameText(k.value, text, from, length))) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= MAX_REMEMBERED_VALUES) {
            return null;
        }
        Known added = new Known(value != null ? value : new String(text, from, length), hash);
        known[slot] = added;
        if (++size * 2 > known.length) {
            grow();
        }
        return added;
    }

    private static boolean sameText(String value, char[] text, int from, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != text[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        Known[] old = known;
        known = new Known[old.length * 2];
        int mask = known.length - 1;
        for (Known k : old) {
            if (k != null) {
                int slot = mix(k.hash) & mask;
                while (known[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                known[slot] = k;
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * snakeyaml's resolver with YAML 1.2's booleans, which also says which values it would not try to
     * read as anything but text.
     *
     * <p>YAML 1.1 reads {@code yes}, {@code no}, {@code on} and {@code off} as booleans; YAML 1.2, which
     * editors' language servers follow, reads them as text. Only {@code true} and {@code false} are
     * booleans here, so that ccv and the editor agree: {@code public: yes} is an error in both, and
     * {@code customer: No} is the text "No" in both.
     */
    static final class TextAwareResolver extends Resolver {

        private static final Pattern BOOLEAN = Pattern.compile("^(?:true|false)$");

        /** Whether some resolver watches each ASCII first character: a table, not a map of boxed characters. */
        private final boolean[] watched = new boolean[128];

        TextAwareResolver() {
            for (char c = 0; c < watched.length; c++) {
                watched[c] = yamlImplicitResolvers.containsKey(c);
            }
        }

        /** snakeyaml's own list (its constructor calls this), with the boolean resolver narrowed. */
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOLEAN, "tf", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789", 50);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }

        /**
         * Whether the resolver reads a plain value as text without a regex: it tries those watching the
         * value's first character, then those for any first character, which match only the empty
         * value and null written as one space.
         */
        boolean isCertainlyText(String value) {
            if (value.isEmpty() || value.charAt(0) == ' ') {
                return false;
            }
            char first = value.charAt(0);
            return first < watched.length ? !watched[first] : !yamlImplicitResolvers.containsKey(first);
        }
    }

    /** A value already seen, and its tag when written plain. */
    private static final class Known {

        final String value;
        final int hash;
        Tag plainTag;

        Known(String value, int hash) {
            this.value = value;
            this.hash = hash;
        }
    }
}
