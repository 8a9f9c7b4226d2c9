package dev.ccv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytes of one fuzz input as a file inside a scratch bundle, and the rule every loader must
 * keep for any bytes: load, or refuse with input errors that say where and fit on one line.
 */
final class FuzzedFile {

    /** Errors about the file as a whole, which truly have no line. */
    private static final List<String> FILE_LEVEL = List.of(
            "the file is empty", "the file is not UTF-8", "the file is too large", "file not found");

    private final Path bundle;

    FuzzedFile(String prefix) {
        try {
            bundle = Files.createTempDirectory(prefix);
            Files.createDirectories(bundle.resolve("evidence"));
            Files.writeString(bundle.resolve("evidence/present.md"), "evidence\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path bundle() {
        return bundle;
    }

    /** Removes the scratch bundle, so that a run leaves nothing in the temp folder. */
    void delete() {
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the input to {@code name} in the scratch bundle. */
    Path write(String name, byte[] data) {
        try {
            return Files.write(bundle.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code load}; an input error is fine when each error names {@code file}, a line, and one line of text. */
    static void loadsOrRefuses(String file, Runnable load) {
        try {
            load.run();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty();
            for (InputError error : e.errors()) {
                assertWellFormed(file, error);
            }
        }
    }

    private static void assertWellFormed(String file, InputError error) {
        assertThat(error.position().file()).isEqualTo(file);
        assertThat(error.message()).isNotBlank().doesNotContain("\n", "\r");
        if (!error.position().hasLine()) {
            assertThat(FILE_LEVEL).as("an error without a line: %s", error.render())
                    .anyMatch(error.message()::startsWith);
        }
    }
}
