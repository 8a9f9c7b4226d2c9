package dev.ccv.yaml;

import dev.ccv.files.GivenFile;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a file's one YAML document into a snakeyaml node tree whose nodes know their line and
 * column. Nothing is constructed from tags, and documents that would expand without bound are refused.
 * The plain YAML bundles are written in is read by {@link QuickComposer}; snakeyaml's parser reads
 * everything else and reports every error.
 */
public final class YamlReader {

    static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    static final int MAX_NESTING_DEPTH = 100;
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    /** The most read of a YAML file: YAML is mostly ASCII, so bytes are about code points. */
    public static final long MAX_BYTES = MAX_CODE_POINTS;

    /**
     * Reads the file, naming it {@code displayName} in positions; null when it holds no document
     * (empty, or only comments); throws {@link InvalidInputException}.
     */
    public Node read(Path file, String displayName) {
        return read(GivenFile.read(file, displayName, MAX_BYTES), displayName);
    }

    /** Reads YAML from a file's bytes, which must be UTF-8, naming it {@code displayName} in positions. */
    public Node read(byte[] content, String displayName) {
        return read(decode(content, displayName), displayName);
    }

    /** Reads YAML text, naming it {@code displayName} in positions; null when it holds no document. */
    public Node read(String text, String displayName) {
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return compose(yaml, displayName);
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(SyntaxErrors.describe(e, displayName));
        } catch (ReaderException e) {
            throw new InvalidInputException(new InputError(positionOf(yaml, e.getPosition(), displayName),
                    String.format("the character U+%04X is not allowed in YAML; remove it", e.getCodePoint())));
        } catch (YAMLException e) {
            throw new InvalidInputException(new InputError(SourcePosition.of(displayName), SyntaxErrors.limit(e)));
        }
    }

    private static Node compose(String yaml, String displayName) {
        Scalars scalars = new Scalars();
        Node quick = QuickComposer.compose(yaml, scalars);
        return quick != null ? quick : parse(yaml, displayName, scalars);
    }

    /** The document as snakeyaml's parser reads it: anything {@link QuickComposer} leaves, and all errors. */
    static Node parse(String yaml, String displayName, Scalars scalars) {
        LoaderOptions options = options();
        StreamReader reader = new LinearStreamReader(yaml);
        Parser parser = new ParserImpl(reader, options);
        NodeComposer composer = new NodeComposer(parser, options, scalars);
        try {
            if (!composer.checkNode()) {
                return null;
            }
            Node root = composer.getNode();
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Mark mark = parser.peekEvent().getStartMark();
                throw new InvalidInputException(new InputError(
                        new SourcePosition(displayName, mark.getLine() + 1, mark.getColumn() + 1),
                        "a second YAML document starts here; a file holds exactly one document"
                                + " (remove this `---` and what follows, or split the file)"));
            }
            if (composer.anchored()) {
                // only an anchored node can be shared or recursive: without one the tree is as written
                new ExpansionGuard(displayName).check(root);
            }
            return root;
        } catch (MarkedYAMLException | ReaderException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // snakeyaml checks a tag's text only when it builds the node (`!x%20`)
            Mark mark = near(parser, reader);
            throw new InvalidInputException(new InputError(new SourcePosition(displayName, mark.getLine() + 1,
                    mark.getColumn() + 1), "invalid YAML: a tag (`!name`) before here is not valid; remove it"));
        } catch (YAMLException e) {
            // limits and a few syntax errors come without a position: the next event, or else the
            // reader, stands just past the culprit
            Mark mark = near(parser, reader);
            throw new InvalidInputException(new InputError(
                    new SourcePosition(displayName, mark.getLine() + 1, mark.getColumn() + 1), SyntaxErrors.limit(e)));
        }
    }

    private static Mark near(Parser parser, StreamReader reader) {
        try {
            return parser.peekEvent().getStartMark();
        } catch (YAMLException e) {
            return reader.getMark();
        }
    }

    /** Deliberate limits: a few dozen aliases, sane nesting, and room for files of tens of megabytes. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    private static String decode(byte[] bytes, String displayName) {
        // the JDK's fast decoding replaces what is not UTF-8 by U+FFFD: only then must the strict one tell
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputError(SourcePosition.of(displayName),
                    "the file is not UTF-8 text; save it as UTF-8"));
        }
    }

    private static SourcePosition positionOf(String text, int codePointIndex, String displayName) {
        int line = 1;
        int column = 1;
        int[] codePoints = text.codePoints().limit(codePointIndex).toArray();
        for (int codePoint : codePoints) {
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(displayName, line, column);
    }
}
