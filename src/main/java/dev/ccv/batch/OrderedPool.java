package dev.ccv.batch;

import dev.ccv.bundle.PoolShutdown;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on items on a number of threads and hands the results on in the order of the items,
 * through a reorder buffer of at most twice the thread count: a result that is ready early waits
 * there for the ones before it, and no more items are taken while it is full, so however many
 * items there are, only that many results are held at once. The items are drawn, and the results
 * handed on, on the caller's thread.
 */
public final class OrderedPool {

    private static final int EXIT_WAIT_SECONDS = 5;

    private final int threads;

    public OrderedPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Applies {@code work} to every item on the pool's threads and gives each result to {@code sink}
     * in item order. {@code work} is expected to catch what it can recover from; anything it throws
     * stops the run and is thrown here, as is an interruption of the caller. Either way, no thread
     * of the pool runs any more once this returns.
     */
    public <T, R> void run(Iterator<T> items, Function<T, R> work, Consumer<R> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
        // stopped (SIGTERM, Ctrl-C), the JVM runs its exit hooks while these threads still run: this one
        // stops them first, and lets the bundle each is on close (and remove what it extracted)
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stopAtExit = new Thread(() -> {
            stopping.set(true);
            stopAtExit(pool);
        }, "ccv-stop-batch");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        Deque<Future<R>> window = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                T item = items.next();
                window.addLast(pool.submit(() -> work.apply(item)));
                if (window.size() >= 2 * threads) {
                    sink.accept(take(window.removeFirst()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(take(window.removeFirst()));
            }
        } catch (RuntimeException | InterruptedException failure) {
            if (stopping.get()) {
                waitForTheExit();
            }
            throw failure;
        } finally {
            PoolShutdown.stopAndAwait(pool);
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, and has stopped the pool too
            }
        }
    }

    /**
     * The run is being stopped and the JVM exits once its exit hooks are done: what the stopped pool
     * made this thread meet is no error to report, so this thread only waits for the end.
     */
    private static void waitForTheExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException ignored) {
                // the exit ends this thread
            }
        }
    }

    /** Interrupts the threads and waits a while for the work they are on to end. */
    private static void stopAtExit(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <R> R take(Future<R> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw PoolShutdown.rethrow(e);
        }
    }

    private static final class Named implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ccv-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
