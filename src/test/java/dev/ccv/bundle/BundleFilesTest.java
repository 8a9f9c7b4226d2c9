package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFilesTest {

    @TempDir
    Path root;

    @Test
    void listsEveryFileButTheTopManifestWithSlashes() throws IOException {
        Files.createDirectories(root.resolve("evidence/empty-folder"));
        Files.writeString(root.resolve("MANIFEST.sha256"), "");
        Files.writeString(root.resolve("evidence/MANIFEST.sha256"), "a file like any other");
        Files.writeString(root.resolve("self-assessment.yaml"), "");

        assertThat(BundleFiles.list(root)).containsExactly("evidence/MANIFEST.sha256", "self-assessment.yaml");
    }

    @Test
    void sortsByCodePointLikeSortUnderTheCLocale() {
        List<String> sorted = Stream.of("b", "évidence", "B", "\uD83D\uDE00.png", "\uFFFD.txt", "a/b", "a.txt")
                .sorted(BundleFiles.PATH_ORDER).toList();

        assertThat(sorted).containsExactly("B", "a.txt", "a/b", "b", "évidence", "\uFFFD.txt", "\uD83D\uDE00.png");
    }
}
