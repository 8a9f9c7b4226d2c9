package dev.ccv.loading;

import dev.ccv.model.Checklist;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistLibraryTest {

    private static final SourcePosition AT = new SourcePosition("self-assessment.yaml", 2, 12);

    private final ChecklistLibrary library =
            ChecklistLibrary.fromClasspath(getClass().getClassLoader(), "loading/library");

    @Test
    void listsTheChecklistsOfAClasspathDirectorySortedById() {
        assertThat(library.all()).extracting(Checklist::id).containsExactly("alpha-competency", "beta-competency");
        Checklist beta = library.find(new Located<>("beta-competency", AT));
        assertThat(beta.itemCount()).isEqualTo(2);
        assertThat(beta.source()).isEqualTo("built-in");
        assertThat(beta.position().file()).isEqualTo("checklists/beta-competency.yaml");
    }

    @Test
    void readsChecklistsPackedInAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("ccv.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "checklists/");
            add(out, "checklists/gamma-competency.yaml", Files.readString(Errors.resource("library/alpha-competency.yaml"))
                    .replace("alpha-competency", "gamma-competency"));
            add(out, "checklists/nested/ignored.yaml", "not: read");
            add(out, "checklists/README.md", "not a checklist");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ChecklistLibrary packed = ChecklistLibrary.fromClasspath(loader, "checklists");

            assertThat(packed.all()).extracting(Checklist::id).containsExactly("gamma-competency");
            assertThat(packed.all().get(0).position().file()).isEqualTo("checklists/gamma-competency.yaml");
        }
    }

    @Test
    void refusesTwoBuiltInChecklistsWithTheSameId(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("ccv.jar");
        String alpha = Files.readString(Errors.resource("library/alpha-competency.yaml"));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "checklists/");
            add(out, "checklists/a.yaml", alpha);
            add(out, "checklists/b.yaml", alpha);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ChecklistLibrary packed = ChecklistLibrary.fromClasspath(loader, "checklists");

            assertThat(Errors.of(packed::all)).containsExactly(
                    "checklists/b.yaml:1:1: checklist id `alpha-competency` is already used by checklists/a.yaml");
        }
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

    private static void add(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
