package dev.ccv.bundle;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A bundle ready to read: its root folder, self-assessment and audit record. Closing it removes
 * the private folder a zip was extracted into, if there is one.
 *
 * @param extraction the temporary folder that holds an extracted zip
 */
public record OpenedBundle(Path root, Path selfAssessment, Optional<Path> audit, Optional<ExtractionFolder> extraction)
        implements AutoCloseable {

    /** The file's path as reports show it: relative to the root with '/', or as given when outside it. */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? BundleFiles.name(root, absolute) : file.toString();
    }

    @Override
    public void close() {
        extraction.ifPresent(ExtractionFolder::close);
    }
}
