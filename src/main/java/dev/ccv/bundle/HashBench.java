package dev.ccv.bundle;

import dev.ccv.model.result.Integrity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times sealing and verifying a bundle folder, for {@code bench/hash-bench.sh}; it is not part of
 * the {@code ccv} command line. Usage: {@code seal DIR} or {@code verify DIR [ROUNDS]}.
 */
public final class HashBench {

    private HashBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !List.of("seal", "verify").contains(args[0])) {
            System.err.println("usage: HashBench seal DIR | HashBench verify DIR [ROUNDS]");
            System.exit(2);
        }
        Path root = Path.of(args[1]);
        if (args[0].equals("seal")) {
            long start = System.nanoTime();
            Path manifest = ManifestWriter.write(root, ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "sealed %s in %d ms%n", manifest, (System.nanoTime() - start) / 1_000_000);
            return;
        }
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
