package dev.ccv.bench;

import dev.ccv.bundle.IntegrityVerifier;
import dev.ccv.bundle.ProgressListener;
import dev.ccv.model.result.Integrity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times verifying a sealed bundle folder in one JVM, round after round, for the in-process line
 * of {@code src/bench/hash-bench.sh}. It lives with the benchmarks, in target/benchmarks.jar, not in ccv's jar.
 * Usage: {@code verify DIR [ROUNDS]}.
 */
public final class HashBench {

    private HashBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !args[0].equals("verify")) {
            System.err.println("usage: HashBench verify DIR [ROUNDS]");
            System.exit(2);
        }
        Path root = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean failed = false;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Integrity integrity = IntegrityVerifier.verify(root, List.of(), ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "verify round %d: %d files verified, %d problems, %d ms%n", round,
                    integrity.filesVerified(), integrity.problems().size(), (System.nanoTime() - start) / 1_000_000);
            failed |= integrity.failed() || !integrity.sealed();
        }
        System.exit(failed ? 3 : 0);
    }
}
