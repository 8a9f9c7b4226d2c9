package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bundle's {@code MANIFEST.sha256}: each file's path (relative, with '/') and SHA-256, in the
 * format {@code sha256sum} writes and {@code sha256sum -c} reads, sorted by path.
 */
public record Manifest(SortedMap<String, String> entries) {

    public Manifest {
        SortedMap<String, String> sorted = new TreeMap<>(BundleFiles.PATH_ORDER);
        sorted.putAll(entries);
        entries = Collections.unmodifiableSortedMap(sorted);
    }

    public static Manifest of(Map<String, String> entries) {
        return new Manifest(new TreeMap<>(entries));
    }

    /** Reads a manifest; a line that is not a {@code sha256sum} line is an input error naming it. */
    public static Manifest read(Path manifestFile) {
        String display = manifestFile.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifestFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InputError> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, String> entries = new HashMap<>();
        List<byte[]> lines = ManifestLine.split(bytes);
        for (int i = 0; i < lines.size(); i++) {
            SourcePosition position = new SourcePosition(display, i + 1, 0);
            try {
                ManifestLine.parse(lines.get(i)).ifPresent(line -> {
                    Integer earlier = firstLine.putIfAbsent(line.path(), position.line());
                    if (earlier != null) {
                        throw new ManifestLine.Malformed("\"" + line.path() + "\" is listed twice (first on line "
                                + earlier + "); keep one line per file");
                    }
                    entries.put(line.path(), line.sha256());
                });
            } catch (ManifestLine.Malformed malformed) {
                errors.add(new InputError(position, malformed.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return of(entries);
    }

    /** Writes the manifest; it replaces {@code file} only once it is complete. */
    public void write(Path file) {
        StringBuilder text = new StringBuilder();
        entries.forEach((path, sha256) -> text.append(ManifestLine.format(path, sha256)).append('\n'));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the manifest itself is written or the first error is on its way; a stray partial file is harmless
            }
        }
    }
}
