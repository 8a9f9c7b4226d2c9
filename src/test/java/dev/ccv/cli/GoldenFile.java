package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file under {@code src/test/resources/golden/}. Run the tests
 * with {@code -Dccv.updateGolden=true} to rewrite the expected files, then review the diff.
 */
final class GoldenFile {

    static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFile() {
    }

    static void assertMatches(String relativePath, String actual) throws IOException {
        Path expected = ROOT.resolve(relativePath);
        if (Boolean.getBoolean("ccv.updateGolden")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file %s (create it with -Dccv.updateGolden=true)", expected).exists();
        assertThat(actual).as("output compared with %s", expected)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
