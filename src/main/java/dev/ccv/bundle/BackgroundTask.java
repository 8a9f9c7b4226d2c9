package dev.ccv.bundle;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work begun on a thread of its own whose result is taken later, as if it had been done then:
 * {@link #get} waits for it and throws what it threw. Closing it before the result is taken
 * interrupts the work and waits for its thread to end.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> implements AutoCloseable {

    private final FutureTask<T> task;
    private final Thread thread;

    private BackgroundTask(String name, Callable<T> work) {
        task = new FutureTask<>(work);
        thread = new Thread(task, name);
        thread.setDaemon(true);
    }

    static <T> BackgroundTask<T> start(String name, Callable<T> work) {
        BackgroundTask<T> started = new BackgroundTask<>(name, work);
        started.thread.start();
        return started;
    }

    /** The result, once the work is done; what the work threw is thrown here. */
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        } catch (ExecutionException e) {
            throw PoolShutdown.rethrow(e);
        }
    }

    /** Stops the work if it is still running, and returns once its thread has ended. */
    @Override
    public void close() {
        if (task.cancel(true)) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
