package dev.ccv.bundle;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** How ccv's thread pools end, and how what their work threw reaches the thread that waited for it. */
public final class PoolShutdown {

    private PoolShutdown() {
    }

    /**
     * Interrupts the pool's threads and returns once they have all ended, even if this thread is
     * interrupted meanwhile (its interrupt is kept).
     */
    public static void stopAndAwait(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the work threw, thrown as it was when unchecked; a checked exception wrapped. */
    public static RuntimeException rethrow(ExecutionException failed) {
        if (failed.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed.getCause() instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failed.getCause());
    }
}
