package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.result.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders sample reports and compares them whole with the expected files under
 * {@code src/test/resources/report/}; {@code -Dccv.updateGolden=true} rewrites those files instead,
 * to be reviewed by eye before committing.
 */
final class RichGoldenFiles {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "report");

    private RichGoldenFiles() {
    }

    static String render(Reporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void assertMatchesGolden(String rendered, String fileName) throws IOException {
        Path expected = DIRECTORY.resolve(fileName);
        if (Boolean.getBoolean("ccv.updateGolden")) {
            Files.writeString(expected, rendered, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file; run with -Dccv.updateGolden=true to create it").exists();
        assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
