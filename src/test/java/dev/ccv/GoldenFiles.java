package dev.ccv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output, whole, with an expected file under {@code src/test/resources/golden/}. Run the
 * tests with {@code -Dccv.updateGolden=true} to write the expected files from the code instead (the
 * comparison then passes), and review {@code git diff src/test/resources/golden} before committing.
 */
public final class GoldenFiles {

    public static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("ccv.updateGolden");

    private GoldenFiles() {
    }

    /** {@code relativePath} is under {@link #ROOT}, e.g. {@code report/passing.json}. */
    public static void assertMatches(String relativePath, String actual) {
        Path expected = ROOT.resolve(relativePath);
        try {
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertThat(expected).as("golden file %s (write it with -Dccv.updateGolden=true and review it)", expected)
                    .exists();
            assertThat(actual).as("output compared with %s", expected)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
