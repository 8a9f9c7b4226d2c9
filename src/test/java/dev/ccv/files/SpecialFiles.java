package dev.ccv.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Real FIFOs for tests, made with {@code mkfifo}, as an attacker would put one in a bundle. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    public static Path fifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("mkfifo failed for " + path);
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when the tests run as root, who reads and lists folders whatever their permissions say. */
    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
