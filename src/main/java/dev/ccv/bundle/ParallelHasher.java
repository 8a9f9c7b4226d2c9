package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Computes SHA-256 digests of many files on all cores, streaming each file through one
 * reusable buffer per thread so that no file is ever held in memory whole.
 */
public final class ParallelHasher {

    /** Small enough to stay in a core's cache between the read and the digest. */
    static final int BUFFER_SIZE = 64 * 1024;
    /**
     * Up to this many bytes in all, files are hashed on the caller's thread: starting a pool of
     * threads costs a short run more than hashing a megabyte does.
     */
    static final long SMALL_TOTAL = 1024 * 1024;

    private final int threads;
    private final long smallTotal;
    private final Source source;

    /** A hasher that uses every available core. */
    public ParallelHasher() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ParallelHasher(int threads) {
        this(threads, SMALL_TOTAL, Source.FILES);
    }

    /** With files of at most {@code smallTotal} bytes in all hashed on the caller's thread. */
    ParallelHasher(int threads, long smallTotal) {
        this(threads, smallTotal, Source.FILES);
    }

    private ParallelHasher(int threads, long smallTotal, Source source) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.smallTotal = smallTotal;
        this.source = source;
    }

    /**
     * This hasher for the files of a bundle, which is hostile input: each path is relative to the
     * root and opened through {@link BundleRoot}, so a link out of the bundle is an input error naming
     * it, and nothing outside is ever read.
     */
    ParallelHasher within(BundleRoot root) {
        return new ParallelHasher(threads, smallTotal, new Source() {
            @Override
            public long size(Path file) {
                Lookup found = root.look(file);
                if (found instanceof Lookup.File regular) {
                    return regular.size();
                }
                throw new InvalidInputException(new InputError(SourcePosition.of(BundleFiles.name(file)),
                        found.problem()));
            }

            @Override
            public SeekableByteChannel open(Path file) {
                return root.open(file, BundleFiles.name(file));
            }
        });
    }

    /** Where the bytes of each file come from. */
    interface Source {

        /** Files as the paths name them; the user named them, so links are followed. */
        Source FILES = new Source() {
            @Override
            public long size(Path file) throws IOException {
                return Files.size(file);
            }

            @Override
            public SeekableByteChannel open(Path file) throws IOException {
                return FileChannel.open(file);
            }
        };

        long size(Path file) throws IOException;

        SeekableByteChannel open(Path file) throws IOException;
    }

    /** The lower-case hex SHA-256 of one file. */
    public static String sha256(Path file) {
        try {
            return new FileDigester(Source.FILES).digest(file, ProgressListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lower-case hex SHA-256 of each file, in the order given. A file that cannot be read
     * ends the run with an {@link UncheckedIOException} naming it.
     */
    public Map<Path, String> hashAll(List<Path> files, ProgressListener progress) {
        return hashAll(files, progress, CompletableFuture.completedFuture(null));
    }

    /**
     * Like {@link #hashAll(List, ProgressListener)}, for hashing in the background while the
     * caller's thread still has work of its own: until {@code callerDone} completes, one thread
     * fewer hashes (but at least one), so that the caller keeps a core and the JIT compiler,
     * which makes SHA-256 fast, is not starved while it warms up.
     */
    Map<Path, String> hashAll(List<Path> files, ProgressListener progress, CompletionStage<?> callerDone) {
        long[] sizes = files.stream().mapToLong(this::size).toArray();
        long total = LongStream.of(sizes).sum();
        if (total <= smallTotal) {
            return hashHere(files, total, progress, source);
        }
        // largest first, so that no thread is left hashing a big file alone at the end
        int[] order = IntStream.range(0, files.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
        String[] digests = new String[files.size()];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, ParallelHasher::daemon);
        Workers running = new Workers(pool, () -> work(files, order, next, digests, progress, source));
        progress.started(total);
        try {
            int early = Math.max(1, workers - 1);
            running.start(early);
            callerDone.thenRun(() -> running.start(workers - early));
            running.awaitAll();
        } finally {
            running.stop();
            progress.finished();
        }
        Map<Path, String> result = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            result.put(files.get(i), digests[i]);
        }
        return result;
    }

    /** The files hashed one after another on the caller's thread. */
    private static Map<Path, String> hashHere(List<Path> files, long total, ProgressListener progress, Source source) {
        progress.started(total);
        try {
            FileDigester digester = new FileDigester(source);
            Map<Path, String> result = new LinkedHashMap<>();
            for (Path file : files) {
                result.put(file, digester.digest(file, progress));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            progress.finished();
        }
    }

    private static Void work(List<Path> files, int[] order, AtomicInteger next, String[] digests,
                             ProgressListener progress, Source source) throws IOException {
        FileDigester digester = new FileDigester(source);
        for (int n = next.getAndIncrement(); n < order.length; n = next.getAndIncrement()) {
            int i = order[n];
            digests[i] = digester.digest(files.get(i), progress);
        }
        return null;
    }

    /**
     * The workers of one run, started now or later; awaiting them also awaits those started
     * while it waits, and once they are stopped no more start.
     */
    private static final class Workers {

        private final ExecutorService pool;
        private final Callable<Void> work;
        private final List<Future<Void>> started = new ArrayList<>();
        private boolean closed;

        Workers(ExecutorService pool, Callable<Void> work) {
            this.pool = pool;
            this.work = work;
        }

        synchronized void start(int count) {
            for (int i = 0; i < count && !closed; i++) {
                started.add(pool.submit(work));
            }
        }

        /** Returns once every worker started has finished (a worker ends when no file is left to take). */
        void awaitAll() {
            for (int i = 0; ; i++) {
                Future<Void> worker;
                synchronized (this) {
                    if (i == started.size()) {
                        closed = true;
                        return;
                    }
                    worker = started.get(i);
                }
                await(worker);
            }
        }

        /**
         * Stops the workers and waits until they have: after a failure or a cancellation the
         * others stop reading at their next read, and none reports progress after this returns.
         */
        void stop() {
            synchronized (this) {
                closed = true;
            }
            PoolShutdown.stopAndAwait(pool);
        }

        private static void await(Future<Void> worker) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private long size(Path file) {
        try {
            return source.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "ccv-hasher");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * One thread's digest and buffer, reused from file to file. The buffer is direct: the file is
     * read into it without an extra copy, and the digest takes it in 4 KiB steps, which also gets
     * the JIT to its multi-block SHA-256 intrinsic sooner than fewer, larger updates would.
     */
    private static final class FileDigester {

        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
        private final MessageDigest sha256 = newSha256();
        private final Source source;

        FileDigester(Source source) {
            this.source = source;
        }

        String digest(Path file, ProgressListener progress) throws IOException {
            try (SeekableByteChannel channel = source.open(file)) {
                buffer.clear();
                int read;
                while ((read = channel.read(buffer)) >= 0) {
                    sha256.update(buffer.flip());
                    progress.advanced(read);
                    buffer.clear();
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        }

        private static MessageDigest newSha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
