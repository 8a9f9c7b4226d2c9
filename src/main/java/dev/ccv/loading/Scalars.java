package dev.ccv.loading;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the scalar nodes of one document with the tags snakeyaml's resolver gives them. A short
 * value written many times (keys, statuses, paths) becomes one string, its tag resolved once.
 */
final class Scalars {

    /** Values longer than this are rarely repeated, and are not worth remembering. */
    private static final int MAX_REMEMBERED_LENGTH = 64;
    private static final int MAX_REMEMBERED_VALUES = 1 << 16;

    private final Resolver resolver = new Resolver();
    private final Map<String, Known> known = new HashMap<>();

    /**
     * A scalar at the 0-based {@code line} and {@code column}: with an explicit {@code tag}, or, when
     * it is null, the tag YAML implies ({@code plain}: as a plain scalar, else as text).
     */
    Node scalar(String written, Tag tag, boolean plain, int line, int column, DumperOptions.ScalarStyle style) {
        Known remembered = remember(written);
        String value = remembered == null ? written : remembered.value;
        Tag resolved = tag;
        if (resolved == null && !plain) {
            resolved = resolver.resolve(NodeId.scalar, value, false);
        } else if (resolved == null && remembered != null) {
            if (remembered.plainTag == null) {
                remembered.plainTag = resolver.resolve(NodeId.scalar, value, true);
            }
            resolved = remembered.plainTag;
        } else if (resolved == null) {
            resolved = resolver.resolve(NodeId.scalar, value, true);
        }
        return new PositionedNodes.Scalar(resolved, tag == null, value, line, column, style);
    }

    /** The tag of a sequence or mapping written without one. */
    Tag collection(NodeId kind) {
        return resolver.resolve(kind, null, true);
    }

    private Known remember(String value) {
        if (value.length() > MAX_REMEMBERED_LENGTH) {
            return null;
        }
        Known remembered = known.get(value);
        if (remembered == null && known.size() < MAX_REMEMBERED_VALUES) {
            remembered = new Known(value);
            known.put(value, remembered);
        }
        return remembered;
    }

    /** A value already seen, and its tag when written plain. */
    private static final class Known {

        final String value;
        Tag plainTag;

        Known(String value) {
            this.value = value;
        }
    }
}
