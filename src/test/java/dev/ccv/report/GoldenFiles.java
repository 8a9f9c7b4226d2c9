package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ccv.model.result.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with {@code src/test/resources/report/expected-NAME}, whole. Run the
 * tests with {@code -Dccv.updateGolden=true} to rewrite the expected files from the code, then
 * review the change by eye before committing it.
 */
final class GoldenFiles {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "report");
    private static final boolean UPDATE = Boolean.getBoolean("ccv.updateGolden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path expected = DIRECTORY.resolve("expected-" + name);
        try {
            if (UPDATE) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expected)) {
                fail("no golden file " + expected + "; run the tests with -Dccv.updateGolden=true and review it");
            }
            assertThat(actual).as("output compared with " + expected)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code report} with {@code reporter} into a string. */
    static String render(Reporter reporter, Report report) {
        if (reporter.binary()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                reporter.write(report, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ReportText.of(reporter.format(), bytes.toByteArray());
        }
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
