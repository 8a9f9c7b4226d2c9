package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelHasherTest {

    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void hashesKnownValuesInLowerCaseHex() throws IOException {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Path abc = Files.writeString(dir.resolve("abc"), "abc");

        assertThat(ParallelHasher.sha256(empty)).isEqualTo(EMPTY);
        assertThat(ParallelHasher.sha256(abc)).isEqualTo(ABC);
    }

    @Test
    void streamsFilesLargerThanItsBufferAndKeepsTheOrderGiven() throws Exception {
        byte[] large = new byte[ParallelHasher.BUFFER_SIZE * 3 + 12_345];
        new Random(42).nextBytes(large);
        Path big = Files.write(dir.resolve("big.bin"), large);
        Path abc = Files.writeString(dir.resolve("abc"), "abc");
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(large));

        Map<Path, String> digests = pooled(2).hashAll(List.of(abc, big, empty), ProgressListener.NONE);

        assertThat(digests).containsExactly(Map.entry(abc, ABC), Map.entry(big, expected), Map.entry(empty, EMPTY));
    }

    @Test
    void oneThreadAndManyAgree() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(Files.writeString(dir.resolve("f" + i), "content " + i));
        }

        assertThat(new ParallelHasher(1).hashAll(files, ProgressListener.NONE))
                .isEqualTo(pooled(4).hashAll(files, ProgressListener.NONE));
    }

    @Test
    void reportsProgressOfEveryByte() throws IOException {
        Path a = Files.write(dir.resolve("a"), new byte[ParallelHasher.BUFFER_SIZE + 1]);
        Path b = Files.write(dir.resolve("b"), new byte[10]);
        CountingListener listener = new CountingListener();

        pooled(2).hashAll(List.of(a, b), listener);

        assertThat(listener.total).isEqualTo(ParallelHasher.BUFFER_SIZE + 11L);
        assertThat(listener.done.get()).isEqualTo(ParallelHasher.BUFFER_SIZE + 11L);
        assertThat(listener.finished).isTrue();
    }

    @Test
    void aMissingFileIsAnInputOutputErrorNamingIt() {
        Path missing = dir.resolve("missing.pdf");

        assertThatThrownBy(() -> new ParallelHasher().hashAll(List.of(missing), ProgressListener.NONE))
                .isInstanceOf(UncheckedIOException.class)
                .cause().isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    @Test
    void hashesEveryFileWhetherTheCallerFinishesBeforeDuringOrAfter() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Files.write(dir.resolve("f" + i), new byte[i * ParallelHasher.BUFFER_SIZE + i]));
        }
        Map<Path, String> expected = new ParallelHasher(1).hashAll(files, ProgressListener.NONE);
        CompletableFuture<Void> callerDone = new CompletableFuture<>();
        CountingListener listener = new CountingListener() {
            @Override
            public void advanced(long bytes) {
                super.advanced(bytes);
                callerDone.complete(null);
            }
        };

        assertThat(pooled(3).hashAll(files, listener, callerDone)).isEqualTo(expected);
        assertThat(pooled(3).hashAll(files, ProgressListener.NONE,
                new CompletableFuture<>())).isEqualTo(expected);
        assertThat(listener.finished).isTrue();
    }

    @Test
    void smallInputsAreHashedOnTheCallersThreadAndAgreeWithThePool() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Files.write(dir.resolve("s" + i), new byte[i * 1000 + 1]));
        }
        List<Thread> hashingThreads = new ArrayList<>();
        ProgressListener listener = new CountingListener() {
            @Override
            public void advanced(long bytes) {
                super.advanced(bytes);
                synchronized (hashingThreads) {
                    hashingThreads.add(Thread.currentThread());
                }
            }
        };

        Map<Path, String> here = new ParallelHasher(2).hashAll(files, listener);

        assertThat(hashingThreads).hasSize(files.size()).containsOnly(Thread.currentThread());
        assertThat(here).isEqualTo(pooled(2).hashAll(files, ProgressListener.NONE));
    }

    @Test
    void hashingNothingGivesNothing() {
        assertThat(new ParallelHasher().hashAll(List.of(), ProgressListener.NONE)).isEmpty();
    }

    /** A hasher that uses its threads whatever the size of the files. */
    private static ParallelHasher pooled(int threads) {
        return new ParallelHasher(threads, 0);
    }

    private static class CountingListener implements ProgressListener {
        volatile long total;
        final AtomicLong done = new AtomicLong();
        volatile boolean finished;

        @Override
        public void started(long totalBytes) {
            total = totalBytes;
        }

        @Override
        public void advanced(long bytes) {
            done.addAndGet(bytes);
        }

        @Override
        public void finished() {
            finished = true;
        }
    }
}
