package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of one of the example bundles in a scratch folder, to break one thing in and validate. */
record ExampleBundle(Path root) {

    static final String SELF_ASSESSMENT = "self-assessment.yaml";

    /** Copies {@code examples/NAME} into {@code folder}/NAME. */
    static ExampleBundle copy(String name, Path folder) {
        Path source = Path.of("examples", name);
        Path target = folder.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExampleBundle(target);
    }

    static ExampleBundle passing(Path folder) {
        return copy("passing-precheck", folder);
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExampleBundle write(String file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    ExampleBundle write(String file, byte[] bytes) {
        try {
            Files.write(root.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code from} in the self-assessment. */
    ExampleBundle replace(String from, String to) {
        return replace(SELF_ASSESSMENT, from, to);
    }

    ExampleBundle replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("text to replace in %s", file).containsOnlyOnce(from);
        return write(file, text.replace(from, to));
    }

    /** Appends lines to the self-assessment. */
    ExampleBundle append(String lines) {
        return write(SELF_ASSESSMENT, read(SELF_ASSESSMENT) + lines);
    }

    /** {@code ccv validate} over the bundle, from its parent folder, as of the example's date. */
    Ccv validate(String... options) {
        String[] args = Stream.concat(Stream.of("validate", root.getFileName().toString(), "--as-of", "2026-06-30"),
                Stream.of(options)).toArray(String[]::new);
        return Ccv.run(root.getParent(), args);
    }
}
