package dev.ccv.yaml;

import dev.ccv.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The quick composer must build exactly the tree snakeyaml's parser leads to, or give up: compared
 * on every YAML file of the project, on tricky snippets, and on thousands of mutations of them. Two
 * oracles: the project's {@link NodeComposer} (what a run falls back to) and snakeyaml's own
 * {@link Composer} with its own reader and parser, so that a mistake shared by both of ccv's
 * composers still shows. Both take ccv's resolver, whose booleans are YAML 1.2's by choice.
 */
class QuickComposerTest {

    private static final String BUNDLE_SHAPE = """
            # a comment first
            kind: self-assessment
            checklist: synthetic-bench
            checklistVersion: "1.0"
            partner:
              name: Synthetic Partner   # trailing comment
              tier: premier
              landingPage: https://synthetic.example/aws
            solution:
              name: 'Synthetic Solution'
              operatesAwsEnvironment: true
            caseStudies:
              - id: cs-00001
                public: yes
                awsServices: [Amazon ECS, "Amazon Aurora", 'x y']
                thirdPartyTools: []
                dateDelivered: 2024-01-02
                notes:
                evidence: [evidence/file-2.md]
              -   id: cs-00002
                  count: 12
            corporateEvents:
            - type: summit
              date: 2025-02-30
            responses:
              PRT-001:
                status: met
                evidence:
                  - evidence/file-2.md
                  - https://example.com/a#b
              CSI-001:
                caseStudies:
                  cs-00001: { status: met, evidence: [evidence/file-3.md] }
                  cs-00002: {status: not-met, notes: "why, \u00e9t\u00e9"}
                  cs-00003: {}
              empty:
              merge:
                <<: x
                ~: null
                1.5: 0x1F
            """;

    /** Corners of the subset, each read as snakeyaml reads it. */
    private static final List<String> CORNERS = List.of(
            "a:\n- x\n- y\nb: c\n",
            "s:\n- a:\n  - x\n  b: c\n",
            "a:\n  - b: 1\n    c: [2, 3]\n  -   d: e\n      f:\n  - g\n",
            "a: b # c\nd:    # e\n    # f\n  g: h\n",
            "a: x#y\nb: [a b,  c  d ]\nc: {a: 1 , b: {}}\nd: a [b] {c}, e\n",
            "a :  b\nc: 'd # e'\nf: \"g: h\"\n",
            "a: ~\nb: null\nc: yes\nd: 0o7\ne: 1_000\nf: .inf\ng: 2001-12-14t21:59:43.10-05:00\n<<: h\n",
            "a: \u00e9\u4e2d\nb:\n\n\n  c: d\n",
            "a: [https://x.example/a, b:c, d::e]\nf: {g: http://y, h:i: j, k:: l}\n");

    /** Block scalars in the shape the quick composer reads, each read as snakeyaml reads it. */
    private static final List<String> BLOCK_SCALARS = List.of(
            "a: >-\n  one\n  two\nb: c\n",
            "a: >\n  one\n  two\nb: c\n",
            "a: |\n  one\n  two\nb: c\n",
            "a: |-\n  one\n  two\nb: c\n",
            "a: >-\n    trailing  \n    spaces \n",
            "a: >-\n  # not a comment\n  text # nor this\n  #\n",
            "a: >-   # a comment\n  text\n",
            "a: |  # a comment\n  text\n",
            "a: >-\n  one\n\n  two\n\n\n  three\n",
            "a: >\n  one\n \n  two\n  \n\n  three\n",
            "a: |\n  one\n\n  two\n\n\n  three\n",
            "a: |-\n  one\n \n  two\n",
            "a: >\n  one\n  two\n\n\nb: c\n",
            "a: |\n  one\n\n",
            "a: >-\n  end of file",
            "a: >\n  end of file",
            "a: |\n  end of file",
            "a: >\n  end of file\n",
            "a: >-\n  end of file\n\n  \n",
            "a:\n- >-\n  item one\n  more\n- |\n  item two\n- x\n",
            "a:\n  - >-\n   item\n  - b: >\n      in a mapping\n      in a list\n    c: d\n",
            "a:\n- >-\n x\n",
            "a:\n  b: >-\n    deep\n  # a comment\n  c: >-\n        deeper indentation\n        here\nd: e\n",
            "a: >-\n  - not a list\n  b: not a key\n  [not, flow]\n  ---\n",
            "a: >-\n  x\n # a comment between\nb: c\n",
            "a: >-\n  \u00e9t\u00e9\n  \u4e2d\n");

    @Test
    void readsTheCommonShapeOfABundleAsSnakeyamlDoes() {
        assertThat(QuickComposer.compose(BUNDLE_SHAPE, new Scalars())).isNotNull();
        assertSameTree(BUNDLE_SHAPE);
        for (String yaml : corners()) {
            assertThat(QuickComposer.compose(yaml, new Scalars())).as(yaml).isNotNull();
            assertSameTree(yaml);
        }
    }

    @Test
    void leavesEverythingElseToSnakeyaml() {
        List<String> others = List.of("", "# only a comment\n", "--- \nkind: x\n", "kind: x\n...\n", "- a\n", "a\n",
                "  a: b\n", "a: b\n\tc: d\n", "a: &x b\nc: *x\n", "a: !!str 1\n",
                "a: b\n  c\n", "a: \"b\\n\"\n", "a: 'it''s'\n", "a: \"open\n", "a: [b,\n  c]\n", "a: -1\n",
                "a: b: c\n", "a: {b}\n", "a: [b: c]\n", "a: [b:]\n", "a: [b:, c]\n", "a: {b:c}\n", "a: [b#c]\n",
                "a: [b, , c]\n", "a: [b,]\n", "\"a\": b\n", "? a\n: b\n",
                "a:\n-\n", "a:\n  - - b\n", "a: b\r\nc: d\r\n", "a: b #c\n  d: e\n", "a: [b] c\n", "a: @b\n",
                "a: b\n- c\n", "a:\n    b: 1\n  c: 2\n", "a: http://x\u2028y\n", "%YAML 1.1\n---\na: b\n",
                "a: [b,", "a: [b, ", "a: [", "a: {b: [c,", "a: {", "a: 'b", "a: [b]\nc: [",
                // block scalars out of the easy shape
                "a: >+\n  text\n", "a: |+\n  text\n", "a: >2\n  text\n", "a: |-1\n text\n", "a: >-x\n  text\n",
                "a: >- x\n  text\n", "a: >-#c\n  text\n", "a: >-\n", "a: >-", "a: >-\nb: c\n", "a: |\n\n  text\n",
                "a: >\n  one\n    more indented\n  two\n", "a: >\n  one\n   \n  two\n", "a: >\n  one\n two\n",
                "a:\n  b: >\n  text\n", "a:\n- >\n- b\n", "- >\n  text\n", "a: > \u2028\n  text\n",
                "a: >\n  one\n\ttwo\n", "a: >\n    one\n  two\n", "a: >\n  one\n # c\n  two\n");
        assertThat(QuickComposer.compose("a: >\n  text\n", new Scalars())).isNotNull();
        for (String yaml : others) {
            assertThat(QuickComposer.compose(yaml, new Scalars())).as(yaml).isNull();
        }
    }

    @Test
    void buildsSnakeyamlsTreeForEveryYamlFileOfTheProject() throws IOException {
        for (Path file : projectYaml()) {
            assertSameTree(read(file));
        }
        for (Path file : projectYaml()) {
            // the fallback too builds what snakeyaml's own composer builds
            String yaml = read(file);
            Node snakeyaml;
            try {
                snakeyaml = snakeyamlComposer(yaml);
            } catch (YAMLException refused) {
                // a fixture of invalid YAML: ccv refuses it too
                assertThatThrownBy(() -> YamlReader.parse(yaml, "test.yaml", new Scalars())).as(file.toString())
                        .isInstanceOfAny(YAMLException.class, InvalidInputException.class);
                continue;
            }
            Node ours = YamlReader.parse(yaml, "test.yaml", new Scalars());
            if (snakeyaml == null) {
                assertThat(ours).as(file.toString()).isNull();
            } else {
                assertSame(snakeyaml, ours, file.toString(), yaml);
            }
        }
        for (Path file : projectYaml()) {
            if (file.startsWith("checklists")) {
                assertThat(QuickComposer.compose(read(file), new Scalars())).as(file.toString()).isNotNull();
            }
        }
    }

    @Test
    void buildsSnakeyamlsTreeOrGivesUpForMutatedDocuments() throws IOException {
        List<String> seeds = new ArrayList<>();
        seeds.add(BUNDLE_SHAPE);
        seeds.addAll(corners());
        for (Path file : projectYaml()) {
            seeds.add(read(file));
        }
        Random random = new Random(7);
        String alphabet = " :-#[]{},'\"\n\u00e9abc01.~<&*!|>?";
        int withBlockScalars = 0;
        for (int round = 0; round < 20_000; round++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            if (seed.isEmpty()) {
                continue;
            }
            StringBuilder mutated = new StringBuilder(seed);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(7)) {
                    case 0, 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 2, 3 -> mutated.deleteCharAt(at);
                    case 4, 5 -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> mutated.setLength(at); // the text ends anywhere
                }
                if (mutated.length() == 0) {
                    break;
                }
            }
            Node quick = assertSameTree(mutated.toString());
            if (quick != null && hasBlockScalar(quick)) {
                withBlockScalars++;
            }
        }
        assertThat(withBlockScalars).as("mutated documents with block scalars read").isGreaterThan(1_000);
    }

    private static boolean hasBlockScalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                    || scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().anyMatch(QuickComposerTest::hasBlockScalar);
        }
        return ((MappingNode) node).getValue().stream().anyMatch(entry -> hasBlockScalar(entry.getValueNode()));
    }

    @Test
    void takesDatesForTimestampsAsSnakeyamlsResolverDoes() {
        Resolver resolver = new Resolver();
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            String date = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(100),
                    random.nextInt(100));
            assertThat(IsoDate.hasShape(date)).isTrue();
            assertThat(resolver.resolve(NodeId.scalar, date, true)).as(date).isEqualTo(Tag.TIMESTAMP);
        }
        assertThat(IsoDate.hasShape("2024-1-02")).isFalse();
        assertThat(IsoDate.hasShape("2024-01-0x")).isFalse();
        assertThat(IsoDate.hasShape("2024/01/02")).isFalse();
    }

    @Test
    void takesForTextOnlyWhatSnakeyamlsResolverTakesForText() {
        Scalars.TextAwareResolver resolver = new Scalars.TextAwareResolver();
        Random random = new Random(13);
        String alphabet = "aeinoyYNTFO~<=!&*0123456789-+._: lu";
        int certain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                value.append(random.nextInt(4) == 0 ? (char) (32 + random.nextInt(95))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (resolver.isCertainlyText(value.toString())) {
                certain++;
                assertThat(resolver.resolve(NodeId.scalar, value.toString(), true)).as(value.toString())
                        .isEqualTo(Tag.STR);
            }
        }
        assertThat(certain).isGreaterThan(1_000);
    }

    private static List<String> corners() {
        List<String> corners = new ArrayList<>(CORNERS);
        corners.addAll(BLOCK_SCALARS);
        return corners;
    }

    /**
     * Where the quick composer reads a document at all, snakeyaml reads it without error, to the same
     * tree; the quick composer's tree, or null.
     */
    private static Node assertSameTree(String yaml) {
        Node quick = QuickComposer.compose(yaml, new Scalars());
        if (quick == null) {
            return null;
        }
        Node expected;
        Node snakeyaml;
        try {
            expected = YamlReader.parse(yaml, "test.yaml", new Scalars());
            snakeyaml = snakeyamlComposer(yaml);
        } catch (YAMLException | IllegalArgumentException e) {
            fail("the quick composer read a document snakeyaml refuses (" + e.getMessage() + "):\n" + yaml);
            return null;
        }
        assertSame(expected, quick, "root", yaml);
        assertSame(snakeyaml, quick, "root (snakeyaml's Composer)", yaml);
        return quick;
    }

    /**
     * The document as snakeyaml's own reader, parser and composer build it, tags resolved as ccv
     * resolves them ({@code yes} is text: see {@link Scalars.TextAwareResolver}); null when there is none.
     */
    private static Node snakeyamlComposer(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlReader.MAX_CODE_POINTS);
        Composer composer = new Composer(new ParserImpl(new StreamReader(yaml), options),
                new Scalars.TextAwareResolver(), options);
        return composer.getSingleNode();
    }

    private static void assertSame(Node expected, Node actual, String path, String yaml) {
        String where = path + " in:\n" + yaml;
        assertThat(actual.getNodeId()).as(where).isEqualTo(expected.getNodeId());
        assertThat(actual.getTag()).as(where).isEqualTo(expected.getTag());
        assertThat(actual.getStartMark().getLine()).as(where).isEqualTo(expected.getStartMark().getLine());
        assertThat(actual.getStartMark().getColumn()).as(where).isEqualTo(expected.getStartMark().getColumn());
        assertThat(actual.getAnchor()).as(where).isEqualTo(expected.getAnchor());
        if (expected instanceof ScalarNode scalar) {
            assertThat(((ScalarNode) actual).getValue()).as(where).isEqualTo(scalar.getValue());
            assertThat(((ScalarNode) actual).getScalarStyle()).as(where).isEqualTo(scalar.getScalarStyle());
            return;
        }
        assertThat(((CollectionNode<?>) actual).getFlowStyle()).as(where)
                .isEqualTo(((CollectionNode<?>) expected).getFlowStyle());
        if (expected instanceof SequenceNode sequence) {
            List<Node> actualEntries = ((SequenceNode) actual).getValue();
            assertThat(actualEntries).as(where).hasSameSizeAs(sequence.getValue());
            for (int i = 0; i < actualEntries.size(); i++) {
                assertSame(sequence.getValue().get(i), actualEntries.get(i), path + "[" + i + "]", yaml);
            }
            return;
        }
        MappingNode mapping = (MappingNode) expected;
        assertThat(((MappingNode) actual).isMerged()).as(where).isEqualTo(mapping.isMerged());
        List<NodeTuple> actualEntries = ((MappingNode) actual).getValue();
        assertThat(actualEntries).as(where).hasSameSizeAs(mapping.getValue());
        for (int i = 0; i < actualEntries.size(); i++) {
            String entry = path + "." + i;
            assertSame(mapping.getValue().get(i).getKeyNode(), actualEntries.get(i).getKeyNode(), entry + ":key", yaml);
            assertSame(mapping.getValue().get(i).getValueNode(), actualEntries.get(i).getValueNode(), entry, yaml);
        }
    }

    private static List<Path> projectYaml() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/main/resources", "examples", "checklists")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private static String read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
