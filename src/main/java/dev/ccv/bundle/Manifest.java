package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.GivenFile;
import dev.ccv.files.OutputFile;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    /** The most a manifest may hold: some 600,000 lines of a hash and a 40-character path. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public Manifest {
        SortedMap<String, String> sorted = new TreeMap<>(BundleFiles.PATH_ORDER);
        sorted.putAll(entries);
        entries = Collections.unmodifiableSortedMap(sorted);
    }

    public static Manifest of(Map<String, String> entries) {
        return new Manifest(new TreeMap<>(entries));
    }

    /**
     * Reads the manifest at the top of a bundle, at most {@value #MAX_BYTES} bytes (counted as read),
     * never through a link out of it; a line that is not a {@code sha256sum} line is an input error naming it.
     */
    public static Manifest read(BundleRoot root) {
        return read(root, BundleFiles.MANIFEST);
    }

    /** Reads the manifest at {@code name} in the bundle (a layer's, see {@link SealScope}), through the bundle's rules. */
    static Manifest read(BundleRoot root, String name) {
        return parse(root.read(Path.of(name), name, MAX_BYTES), name);
    }

    /** Reads a manifest file named by the user (links followed), at most {@value #MAX_BYTES} bytes. */
    public static Manifest read(Path manifestFile) {
        String display = manifestFile.getFileName().toString();
        return parse(GivenFile.read(manifestFile, display, MAX_BYTES), display);
    }

    private static Manifest parse(byte[] bytes, String display) {
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

    /**
     * Writes the manifest; it replaces {@code file} only once it is complete, and never writes through
     * a link (see {@link OutputFile}).
     */
    public void write(Path file) {
        StringBuilder text = new StringBuilder();
        entries.forEach((path, sha256) -> text.append(ManifestLine.format(path, sha256)).append('\n'));
        OutputFile.write(file, file.getFileName().toString(),
                out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
