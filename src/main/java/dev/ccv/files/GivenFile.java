package dev.ccv.files;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file the user named on the command line ({@code --checklist FILE}, {@code --audit FILE},
 * a self-assessment given as PATH, {@code ccv diff}'s reports). The user chose the path, so a link is
 * followed; but only a regular file is opened ({@code /dev/zero} or a FIFO is an input error at once,
 * never a hang) and the read stops at the limit plus one byte. Files found inside a bundle are read
 * through {@link BundleRoot} instead.
 */
public final class GivenFile {

    private GivenFile() {
    }

    /** The whole file, at most {@code maxBytes}; anything else is an {@link InvalidInputException} at {@code displayName}. */
    public static byte[] read(Path file, String displayName, long maxBytes) {
        long size = requireRegular(file, displayName);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return BoundedRead.read(channel, size, maxBytes, displayName);
        } catch (IOException e) {
            throw invalid(displayName, "cannot read the file (" + reason(e) + ")");
        }
    }

    /** The size of the regular file at {@code file}; an input error for anything else (nothing is opened). */
    public static long requireRegular(Path file, String displayName) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw invalid(displayName, "file not found");
        } catch (IOException e) {
            throw invalid(displayName, "cannot read the file (" + reason(e) + ")");
        }
        if (attributes.isDirectory()) {
            throw invalid(displayName, "is a folder; name a file");
        }
        if (!attributes.isRegularFile()) {
            throw invalid(displayName, "is " + FileKinds.describe(file.toAbsolutePath())
                    + ", not a regular file; give a file (ccv does not read pipes or devices)");
        }
        return attributes.size();
    }

    /** An I/O failure in words, without the absolute path the JDK puts in its messages. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static InvalidInputException invalid(String displayName, String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(displayName), message));
    }
}
