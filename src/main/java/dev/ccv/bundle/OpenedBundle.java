package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.GivenFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A bundle ready to read: its root folder, self-assessment and audit record. Closing it removes
 * the private folder a zip was extracted into, if there is one.
 *
 * @param extraction the temporary folder that holds an extracted zip
 * @param given      the inputs the user named on the command line (PATH as a file, {@code --audit}):
 *                   read as named, links followed; every other file is read through the bundle's
 *                   {@link BundleRoot}, which never leaves the bundle
 */
public record OpenedBundle(Path root, Path selfAssessment, Optional<Path> audit, Optional<ExtractionFolder> extraction,
                           Set<Path> given) implements AutoCloseable {

    public OpenedBundle {
        given = Set.copyOf(given);
    }

    /** A bundle whose inputs were all found inside it. */
    public OpenedBundle(Path root, Path selfAssessment, Optional<Path> audit, Optional<ExtractionFolder> extraction) {
        this(root, selfAssessment, audit, extraction, Set.of());
    }

    /** The file's path as reports show it: relative to the root with '/', or as given when outside it. */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? BundleFiles.name(root, absolute) : file.toString();
    }

    /** The bundle's files, opened without ever leaving it. */
    public BundleRoot files() {
        return BundleRoot.of(root);
    }

    /**
     * The content of one of this bundle's inputs, at most {@code maxBytes}: a file the user named is
     * read as named, one found in the bundle through {@link #files()}. Anything but a regular file is
     * an input error naming it.
     */
    public byte[] read(Path input, long maxBytes) {
        String name = displayName(input);
        if (given.contains(input)) {
            return GivenFile.read(input, name, maxBytes);
        }
        return files().read(root.relativize(input.toAbsolutePath().normalize()), name, maxBytes);
    }

    @Override
    public void close() {
        extraction.ifPresent(ExtractionFolder::close);
    }
}
