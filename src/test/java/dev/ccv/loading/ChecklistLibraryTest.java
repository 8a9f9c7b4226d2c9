package dev.ccv.loading;

import dev.ccv.model.Checklist;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistLibraryTest {

    private static final SourcePosition AT = new SourcePosition("self-assessment.yaml", 2, 12);

    private final ChecklistLibrary library = of(filesIn(Errors.resource("library")));

    @Test
    void listsTheChecklistsOfItsFilesSortedById() {
        assertThat(library.all()).extracting(Checklist::id).containsExactly("alpha-competency", "beta-competency");
        Checklist beta = library.find(new Located<>("beta-competency", AT));
        assertThat(beta.itemCount()).isEqualTo(2);
        assertThat(beta.source()).isEqualTo("built-in");
        assertThat(beta.position().file()).isEqualTo("checklists/beta-competency.yaml");
    }

    @Test
    void theBuiltInChecklistsAreTheFilesOfTheChecklistsFolderCompiledIn() {
        Map<String, String> compiledIn = new LinkedHashMap<>();
        for (String name : BuiltInChecklists.NAMES) {
            compiledIn.put(name, BuiltInChecklists.text(name));
        }

        // in the same order: the names sorted, as filesIn gives them
        assertThat(compiledIn).isNotEmpty().containsExactlyEntriesOf(filesIn(Path.of("checklists")));
        assertThat(BuiltInChecklists.text("no-such-checklist.yaml")).isNull();
    }

    @Test
    void refusesTwoBuiltInChecklistsWithTheSameId() throws IOException {
        String alpha = Files.readString(Errors.resource("library/alpha-competency.yaml"));
        ChecklistLibrary twice = of(new TreeMap<>(Map.of("a.yaml", alpha, "b.yaml", alpha)));

        assertThat(Errors.of(twice::all)).containsExactly(
                "checklists/b.yaml:1:1: checklist id `alpha-competency` is already used by checklists/a.yaml");
    }

    @Test
    void aChecklistFileAddsToOrOverridesTheBuiltInOnes() {
        Checklist override = parse("beta-competency", "Beta, revised");
        Checklist extra = parse("aardvark", "Aardvark");

        ChecklistLibrary extended = library.with(override).with(extra);

        assertThat(extended.all()).extracting(Checklist::id)
                .containsExactly("aardvark", "alpha-competency", "beta-competency");
        assertThat(extended.find(new Located<>("beta-competency", AT)).title()).isEqualTo("Beta, revised");
        assertThat(library.find(new Located<>("beta-competency", AT)).title()).isEqualTo("Beta");
    }

    @Test
    void anUnknownIdIsAnInputErrorAtTheChecklistKeyWithTheNearestId() {
        assertThat(Errors.of(() -> library.find(new Located<>("beta-competncy", AT)))).containsExactly(
                AT + ": unknown checklist `beta-competncy`; known checklists: alpha-competency, beta-competency"
                        + " (or give its file with --checklist FILE) (did you mean `beta-competency`?)");
    }

    @Test
    void theBuiltInLibraryIsSharedAndReadsTheChecklistsDirectory() {
        assertThat(ChecklistLibrary.builtIn()).isSameAs(ChecklistLibrary.builtIn());
        assertThat(ChecklistLibrary.builtIn().all()).allSatisfy(checklist ->
                assertThat(checklist.position().file()).startsWith("checklists/"));
    }

    private static Checklist parse(String id, String title) {
        return new ChecklistLoader().parse("""
                kind: checklist
                id: %s
                title: %s
                version: "1"
                sections: []
                """.formatted(id, title), id + ".yaml", id + ".yaml");
    }

    private static ChecklistLibrary of(Map<String, String> files) {
        return ChecklistLibrary.of(List.copyOf(files.keySet()), files::get);
    }

    /** The {@code *.yaml} files of a folder, by name, sorted. */
    private static Map<String, String> filesIn(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file : listed.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
