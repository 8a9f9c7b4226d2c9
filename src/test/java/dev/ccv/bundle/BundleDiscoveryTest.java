package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.bundle.BundleDiscovery.SearchPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleDiscoveryTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void findsFoldersWithASelfAssessmentAndZipsInTheByteOrderOfTheirPaths() throws IOException {
        bundle("a/b");
        bundle("a-c");
        file("a.zip");
        file("a/B.ZIP");
        bundle("é");
        bundle("z");
        file("z0/notes.txt");

        assertThat(names("in")).containsExactly("a-c", "a.zip", "a/B.ZIP", "a/b", "z", "é");
        assertThat(displays("in")).first().isEqualTo("in/a-c");
    }

    @Test
    void aBundleFoundIsNotSearchedFurther() throws IOException {
        bundle("outer");
        bundle("outer/inner");
        file("outer/evidence/archive.zip");

        assertThat(names("in")).containsExactly("outer");
    }

    @Test
    void aPathThatIsABundleIsFoundItselfNamedAfterIt() throws IOException {
        bundle("one");

        List<FoundBundle> found = find(new SearchPath(root.resolve("in/one"), "in/one"));

        assertThat(found).extracting(FoundBundle::name, FoundBundle::display)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("one", "in/one"));
    }

    @Test
    void linksAreFollowedInsideThePathOnlyAndNeverInACircle() throws IOException {
        bundle("real/x");
        Files.createDirectories(root.resolve("elsewhere/y"));
        Files.writeString(root.resolve("elsewhere/y/self-assessment.yaml"), "");
        Files.createSymbolicLink(root.resolve("in/inside"), root.resolve("in/real"));
        Files.createSymbolicLink(root.resolve("in/outside"), root.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("in/real/loop"), root.resolve("in"));

        assertThat(names("in")).containsExactly("inside/x", "real/x");
        assertThat(warnings).containsExactly(
                "not followed: in/inside/loop is a symbolic link back to a folder it is in",
                "not followed: in/outside is a symbolic link leading outside in",
                "not followed: in/real/loop is a symbolic link back to a folder it is in");
    }

    private void bundle(String path) throws IOException {
        file(path + "/self-assessment.yaml");
    }

    private void file(String path) throws IOException {
        Path file = root.resolve("in").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    private List<String> names(String path) {
        return find(new SearchPath(root.resolve(path), path)).stream().map(FoundBundle::name).toList();
    }

    private List<String> displays(String path) {
        return find(new SearchPath(root.resolve(path), path)).stream().map(FoundBundle::display).toList();
    }

    private List<FoundBundle> find(SearchPath path) {
        List<FoundBundle> found = new ArrayList<>();
        BundleDiscovery.under(List.of(path), warnings::add).forEachRemaining(found::add);
        return found;
    }
}
