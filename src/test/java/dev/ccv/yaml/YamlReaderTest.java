package dev.ccv.yaml;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlReaderTest {

    private static final String FILE = "self-assessment.yaml";
    private final YamlReader reader = new YamlReader();

    @Test
    void readsOneDocumentWithPositions() {
        Node root = reader.read("kind: audit\nchecklist: x\n", FILE);

        assertThat(root).isInstanceOf(MappingNode.class);
        assertThat(((MappingNode) root).getValue().get(1).getValueNode().getStartMark().getLine()).isEqualTo(1);
    }

    @Test
    void acceptsAByteOrderMarkSilently(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, ("\uFEFFkind: audit\n").getBytes(StandardCharsets.UTF_8));

        MappingNode root = (MappingNode) reader.read(file, FILE);

        assertThat(root.getValue()).hasSize(1);
        assertThat(root.getStartMark().getColumn()).isZero();
    }

    @Test
    void readsFilesLargerThanSnakeyamlsDefaultLimit() {
        String note = ("  " + "x".repeat(200) + "\n").repeat(16_000);

        MappingNode root = (MappingNode) reader.read("kind: audit\nnote: |\n" + note, FILE);

        assertThat(note.length()).isGreaterThan(3 * 1024 * 1024);
        assertThat(root.getValue()).hasSize(2);
    }

    @Test
    void findsNoDocumentInAnEmptyFile() {
        // the file's kind decides the message (Document), so the reader only says there is none
        assertThat(reader.read("", FILE)).isNull();
        assertThat(reader.read("# only a comment\n", FILE)).isNull();
    }

    @Test
    void refusesASecondDocument() {
        assertThat(errors("kind: audit\n---\nkind: checklist\n")).containsExactly(FILE + ":2:1: a second YAML"
                + " document starts here; a file holds exactly one document (remove this `---` and what follows,"
                + " or split the file)");
    }

    @Test
    void refusesTabsUsedForIndentation() {
        assertThat(errors("partner:\n\tname: Acme\n")).containsExactly(
                FILE + ":2:1: a tab is used for indentation; indent with spaces instead");
    }

    @Test
    void turnsSyntaxErrorsIntoOneLineWithPosition() {
        assertThat(errors("partner: [a, b\nsolution: x\n")).containsExactly(
                FILE + ":2:9: invalid YAML: the list opened with `[` on line 1 is not closed here; close it with `]`,"
                        + " and quote entries that contain `:`, `,` or brackets");
        assertThat(errors("notes: 'unclosed\n")).containsExactly(
                FILE + ":1:8: invalid YAML: the quoted text that starts here is not closed; add the closing `'`");
        assertThat(errors("notes: a: b\n")).containsExactly(FILE + ":1:9: invalid YAML: a `:` where no mapping"
                + " can start here; check the indentation, or quote a value that contains `: `");
        assertThat(errors("notes: *nothing\n")).containsExactly(
                FILE + ":1:8: invalid YAML: the alias `*nothing` names no anchor defined before it;"
                        + " define it with `&name`, or quote a value starting with `*`");
    }

    @Test
    void refusesTheBillionLaughs() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        assertThat(errors(laughs)).containsExactly(FILE + ":7:26: the document uses more than 50 aliases (`*name`)"
                + " to lists or mappings; refused as a possible \"billion laughs\" attack");
    }

    @Test
    void refusesFewAliasesThatStillExpandHugely() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("l").append(level).append(": &l").append(level)
                    .append(" [*l").append(level - 1).append(", *l").append(level - 1).append("]\n");
        }
        assertThat(errors(yaml.toString())).containsExactly(FILE + ":19:6: the aliases (`*name`) in this value expand to"
                + " more than 1000000 values; refused as a possible \"billion laughs\" attack; write the values out");
    }

    @Test
    void acceptsAFewHarmlessAliases() {
        MappingNode root = (MappingNode) reader.read("a: &tools [Terraform]\nb: *tools\n", FILE);

        assertThat(root.getValue()).hasSize(2);
    }

    @Test
    void refusesRecursiveAliases() {
        assertThat(errors("a: &loop [x, *loop]\n")).containsExactly(FILE + ":1:4: an alias (`*name`) refers to"
                + " a list or mapping that contains it; recursive YAML is not allowed");
    }

    @Test
    void refusesDeepNesting() {
        assertThat(errors("a: " + "[".repeat(150) + "]".repeat(150) + "\n")).containsExactly(
                FILE + ":1:104: the document is nested more than 100 levels deep here; flatten it");
    }

    @Test
    void refusesControlCharacters() {
        assertThat(errors("kind: audit\nnotes: a\u0001b\n")).containsExactly(
                FILE + ":2:9: the character U+0001 is not allowed in YAML; remove it");
    }

    @Test
    void refusesFilesThatAreNotUtf8OrMissing(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "notes: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(rendered(() -> reader.read(latin1, FILE))).containsExactly(
                FILE + ": the file is not UTF-8 text; save it as UTF-8");
        assertThat(rendered(() -> reader.read(dir.resolve("absent.yaml"), FILE))).containsExactly(
                FILE + ": file not found");
    }

    private List<String> errors(String yaml) {
        return rendered(() -> reader.read(yaml, FILE));
    }

    private static List<String> rendered(ThrowingCallable call) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(thrown).as("the input errors thrown").isNotNull();
        return thrown.errors().stream().map(InputError::render).toList();
    }
}
