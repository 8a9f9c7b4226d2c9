package dev.ccv.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas (2020-12) of ccv's files, shipped as resources. Tests check them against every
 * example, template and checklist and against the loaders' own key lists, so they cannot drift.
 */
public final class Schemas {

    public static final List<String> NAMES = List.of("checklist", "self-assessment", "audit", "report", "batch-report");

    private Schemas() {
    }

    public static Optional<String> text(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String resource = "/dev/ccv/schema/" + name + ".schema.json";
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the build: " + resource);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
