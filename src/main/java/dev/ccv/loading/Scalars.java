package dev.ccv.loading;

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

    private final Resolver resolver = new Resolver();
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
        return scalar(value, 0, value.length(), tag, plain, line, column, style);
    }

    /** Like the scalar of a whole string, for the value {@code text[from, end)}. */
    Node scalar(String text, int from, int end, Tag tag, boolean plain, int line, int column,
                DumperOptions.ScalarStyle style) {
        Known remembered = remember(text, from, end);
        String value = remembered != null ? remembered.value
                : from == 0 && end == text.length() ? text : text.substring(from, end);
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
     * The tag of a plain scalar. A date written YYYY-MM-DD, the most common value that is not text, is
     * a timestamp to the resolver's regexes too (no integer or float has a `-` inside); it skips them.
     */
    private Tag plainTag(String value) {
        return isDate(value) ? Tag.TIMESTAMP : resolver.resolve(NodeId.scalar, value, true);
    }

    static boolean isDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The value {@code text[from, end)} as seen before, or now first; null when it is not worth remembering. */
    private Known remember(String text, int from, int end) {
        int length = end - from;
        if (length > MAX_REMEMBERED_LENGTH) {
            return null;
        }
        int hash = 0;
        for (int i = from; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = known.length - 1;
        int slot = mix(hash) & mask;
        for (Known k = known[slot]; k != null; k = known[slot]) {
            if (k.hash == hash && k.value.length() == length && text.regionMatches(from, k.value, 0, length)) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= MAX_REMEMBERED_VALUES) {
            return null;
        }
        Known added = new Known(from == 0 && end == text.length() ? text : text.substring(from, end), hash);
        known[slot] = added;
        if (++size * 2 > known.length) {
            grow();
        }
        return added;
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
