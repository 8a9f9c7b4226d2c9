package dev.ccv.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A bundle ready to read: its root folder, self-assessment and audit record. Closing it removes
 * the private folder a zip was extracted into, if there is one.
 *
 * @param extractedTo the temporary folder that holds an extracted zip, removed by {@link #close()}
 */
public record OpenedBundle(Path root, Path selfAssessment, Optional<Path> audit, Optional<Path> extractedTo)
        implements AutoCloseable {

    /** The file's path as reports show it: relative to the root with '/', or as given when outside it. */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? BundleFiles.name(root, absolute) : file.toString();
    }

    @Override
    public void close() {
        extractedTo.ifPresent(OpenedBundle::deleteTree);
    }

    static void deleteTree(Path folder) {
        try {
            if (Files.exists(folder)) {
                // walkFileTree does not follow links, so nothing outside the folder is touched
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                        if (failure != null) {
                            throw failure;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
