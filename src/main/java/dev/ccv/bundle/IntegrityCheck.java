package dev.ccv.bundle;

import dev.ccv.model.result.Integrity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A sealed bundle's files being hashed in the background from the moment the bundle is open, so
 * that hashing overlaps reading the inputs; {@link #result} gives the {@link Integrity} once the
 * inputs say which files they refer to. Whatever the background run meets (a malformed manifest,
 * an unreadable file) is thrown by {@code result}, where a run that verifies after loading would
 * have met it; closing a check whose result was never asked for stops the hashing.
 */
public final class IntegrityCheck implements AutoCloseable {

    private final ProgressRelay progress = new ProgressRelay();
    private final CompletableFuture<Void> callerDone = new CompletableFuture<>();
    private final BackgroundTask<List<IntegrityVerifier.HashedBundle>> hashing;

    private IntegrityCheck(Path bundleRoot) {
        hashing = BackgroundTask.start("ccv-integrity", () -> IntegrityVerifier.hash(bundleRoot, progress, callerDone));
    }

    /** Starts checking the bundle at {@code bundleRoot} in the background. */
    public static IntegrityCheck start(Path bundleRoot) {
        return new IntegrityCheck(bundleRoot.toAbsolutePath().normalize());
    }

    /**
     * The bundle's integrity, {@link Integrity#UNSEALED} when it has no manifest; waits for the
     * hashing, which {@code progress} hears about from now on (as if it had only just begun).
     */
    public Integrity result(Collection<String> referencedLocalPaths, ProgressListener progress) {
        this.progress.attach(progress);
        callerDone.complete(null);
        return IntegrityVerifier.integrity(hashing.get(), referencedLocalPaths);
    }

    /** Stops the hashing if it is still running; the bundle's files are not read any more once this returns. */
    @Override
    public void close() {
        hashing.close();
    }
}
