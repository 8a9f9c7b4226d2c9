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

    /** Null until the folder exists: the removal hook is in place before it is made. */
    private volatile Path path;
    private final Thread removalAtExit;
    /** Set once the folder is being removed: extraction stops at its next step instead of writing on. */
    private volatile boolean removing;
    /** Held while a step writes into the folder, so that removal never races a half-written file. */
    private final Object writing = new Object();

    private ExtractionFolder() {
        this.removalAtExit = new Thread(this::removeAtExit, "ccv-remove-extracted-bundle");
        // throws IllegalStateException when the run is already being stopped: nothing exists yet
        Runtime.getRuntime().addShutdownHook(removalAtExit);
    }

    /**
     * Registers the removal first, then makes the folder as one write step: a SIGTERM that arrives
     * while it is being made either finds it made (and removes it) or stops it from being made.
     */
    static ExtractionFolder create() {
        ExtractionFolder folder = new ExtractionFolder();
        try {
            synchronized (folder.writing) {
                if (folder.removing) {
                    throw new Interrupted();
                }
                folder.path = makeFolder();
            }
        } catch (IOException e) {
            folder.close();
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static Path makeFolder() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix
                ? Files.createTempDirectory("ccv-bundle-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory("ccv-bundle-");
    }

    public Path path() {
        return path;
    }

    /** One step of filling the folder; refused once removal has begun (Ctrl-C, SIGTERM). */
    <T> T write(IoStep<T> step) throws IOException {
        synchronized (writing) {
            if (removing) {
                throw new Interrupted();
            }
            return step.run();
        }
    }

    /** Whether removal has begun: a long copy checks it between chunks. */
    boolean removing() {
        return removing;
    }

    /** Removes the folder and everything in it; closing twice is harmless. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removalAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is removing the folder too; whoever comes second finds less or nothing
            removeAtExit();
            return;
        }
        removing = true;
        synchronized (writing) {
            if (path != null) {
                deleteTree(path);
            }
        }
    }

    /**
     * At exit (Ctrl-C, SIGTERM) the extraction may still be writing: stop it, wait for its current
     * step, then remove everything. Nothing is thrown or printed from here: a stack trace at Ctrl-C
     * helps nobody, and a leftover folder would hold the partner's files.
     */
    void removeAtExit() {
        removing = true;
        synchronized (writing) {
            if (path != null) {
                deleteWithRetries(path);
            }
        }
    }

    /** A step that writes into the folder. */
    interface IoStep<T> {
        T run() throws IOException;
    }

    /** Thrown into an extraction whose folder is being removed: the run is ending (Ctrl-C, SIGTERM). */
    public static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("the extraction was interrupted", null, false, false);
        }
    }

    /**
     * While the JVM exits, the thread that extracted into the folder may still be writing to it:
     * a removal that meets a file made meanwhile tries again, a few times, and says nothing (a
     * stack trace from an exit hook would reach the user).
     */
    private static void deleteWithRetries(Path folder) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                deleteTree(folder);
                return;
            } catch (UncheckedIOException concurrentlyChanged) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
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
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
