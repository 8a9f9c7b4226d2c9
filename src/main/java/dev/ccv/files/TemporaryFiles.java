package dev.ccv.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The temporary files a run has made and not yet renamed or removed. Should the run be stopped
 * (SIGTERM, Ctrl-C), one shutdown hook waits a moment for the writes in progress and then removes
 * what is left, so that an interrupted run leaves no half-written file behind; after that, no
 * new temporary file may be started.
 */
public final class TemporaryFiles {

    private static final long SETTLE_MILLIS = 2_000;

    /** Each file, and whether it is being written now (rather than kept for the length of the run). */
    private static final Map<Path, Boolean> PENDING = new HashMap<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private TemporaryFiles() {
    }

    /**
     * Records {@code file}, about to be written and then renamed or removed, before it is created;
     * false once the run is being stopped, when the caller must not create it.
     */
    public static boolean registerWrite(Path file) {
        return register(file, true);
    }

    /** Records {@code file}, kept until the run ends (or removed), as {@link #registerWrite} does. */
    public static boolean registerKept(Path file) {
        return register(file, false);
    }

    private static synchronized boolean register(Path file, boolean write) {
        if (shuttingDown) {
            return false;
        }
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "ccv-remove-temporary-files"));
            hookInstalled = true;
        }
        PENDING.put(file, write);
        return true;
    }

    /** The file was renamed into place or removed: nothing to clean up any more. */
    public static synchronized void release(Path file) {
        PENDING.remove(file);
        TemporaryFiles.class.notifyAll();
    }

    /** Removes {@code file} if it exists and releases it. */
    public static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the shutdown hook, which tries again
            return;
        }
        release(file);
    }

    private static synchronized void removeAll() {
        shuttingDown = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        // a write that is under way is let finish (or fail) so that its file is not made after it is removed
        while (PENDING.containsValue(true) && System.nanoTime() < deadline) {
            try {
                TemporaryFiles.class.wait(50);
            } catch (InterruptedException e) {
                break;
            }
        }
        for (Path file : Set.copyOf(PENDING.keySet())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM exits
            }
        }
        PENDING.clear();
    }
}
