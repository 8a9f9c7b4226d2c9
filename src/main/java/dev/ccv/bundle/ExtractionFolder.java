package dev.ccv.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The private temporary folder a bundle zip is extracted into: readable by its owner only, and
 * removed when closed or, should the run be interrupted, when the JVM exits.
 */
public final class ExtractionFolder implements AutoCloseable {

    private final Path path;
    private final Thread removalAtExit;

    private ExtractionFolder(Path path) {
        this.path = path;
        this.removalAtExit = new Thread(() -> deleteTree(path), "ccv-remove-extracted-bundle");
        Runtime.getRuntime().addShutdownHook(removalAtExit);
    }

    static ExtractionFolder create() {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            return new ExtractionFolder(posix
                    ? Files.createTempDirectory("ccv-bundle-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("ccv-bundle-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    /** Removes the folder and everything in it; closing twice is harmless. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removalAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to run and removes the folder itself
            return;
        }
        deleteTree(path);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
