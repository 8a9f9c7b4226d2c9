package dev.ccv.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one way ccv writes a file (reports, manifests, templates), the way git writes through a lock
 * file: the content goes to a new temporary file beside the target, created exclusively
 * ({@code CREATE_NEW}, which never follows a link), is synced to disk, then renamed over the target in
 * one atomic step. So a reader sees the old file or the new one, never a half; a failed write (a full
 * disk) leaves the old file as it was and removes the temporary one; and nothing is ever written
 * through a symbolic link: a link at the target is replaced by the file, its target left untouched.
 *
 * <p>A target that is a pipe or a device ({@code /dev/null}, a FIFO) is written directly, since
 * nothing can be renamed over it; so are the system's names for the process's own streams
 * ({@code /dev/stdout}, {@code /dev/fd/N}), links the system made. A folder is refused.
 * The folders leading to the target are created when missing; links among them are followed, as
 * for any path a user names.
 */
public final class OutputFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What goes into the file, written to a stream that the caller must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing it whole or not at all. A failure is a
     * {@link WriteFailedException} naming {@code displayName}.
     */
    public static void write(Path target, String displayName, Content content) {
        Path file = target.toAbsolutePath();
        BasicFileAttributes existing = attributes(file);
        if (existing != null && existing.isDirectory()) {
            throw new WriteFailedException(displayName, "is a folder; name a file to write");
        }
        if (existing != null && (existing.isOther() || existing.isSymbolicLink() && isStreamName(file))) {
            writeDirectly(file, displayName, content);
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new WriteFailedException(displayName, "cannot create its folder (" + GivenFile.reason(e) + ")");
        }
        Path temporary = createTemporary(file, displayName);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new WriteFailedException(displayName, "cannot write the file (" + GivenFile.reason(e) + ")"
                    + (existing != null ? "; the previous file is unchanged" : ""));
        } finally {
            // gone already (moved into place), or removed now; else the exit hook tries again
            TemporaryFiles.remove(temporary);
        }
    }

    /** The temporary file beside {@code file}: a new name each time, created only if nothing has it. */
    private static Path createTemporary(Path file, String displayName) {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path temporary = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(suffix)
                    + ".ccv-tmp");
            // recorded first, so that a run stopped from now on removes it (TemporaryFiles)
            if (!TemporaryFiles.registerWrite(temporary)) {
                throw new WriteFailedException(displayName, "not written: the run is being stopped");
            }
            try {
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                TemporaryFiles.release(temporary); // another's file: never removed
                if (attempt == 10) {
                    throw new WriteFailedException(displayName, "cannot create a temporary file beside it");
                }
            } catch (IOException e) {
                TemporaryFiles.release(temporary);
                throw new WriteFailedException(displayName, "cannot write in its folder (" + GivenFile.reason(e) + ")");
            }
        }
    }

    private static void writeDirectly(Path file, String displayName, Content content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND))) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new WriteFailedException(displayName, "cannot write (" + GivenFile.reason(e) + ")");
        }
    }

    /** {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}: links to the process's own streams. */
    private static boolean isStreamName(Path file) {
        String path = file.normalize().toString();
        return path.equals("/dev/stdout") || path.equals("/dev/stderr") || path.startsWith("/dev/fd/")
                || path.startsWith("/proc/self/fd/");
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Makes the rename itself durable where the system allows a folder to be synced; harmless elsewhere. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // the file is in place; only its durability across a power cut is not guaranteed here
        }
    }
}
