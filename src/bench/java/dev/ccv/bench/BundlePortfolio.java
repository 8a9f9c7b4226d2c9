package dev.ccv.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a portfolio of small bundles for the batch benchmark: copies of the passing example, each
 * with its own partner name, tier and delivery dates (seeded, so every run writes the same bundles),
 * about one in five failing; bundle 7 is invalid and bundle 11 is sealed and then tampered with.
 * Bundles lie in folders of 100 ({@code DIR/group-007/partner-00712}).
 *
 * <p>Runs as a single-file program: {@code java BundlePortfolio.java EXAMPLE DIR COUNT}.
 */
public final class BundlePortfolio {

    private static final long SEED = 19;

    private BundlePortfolio() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BundlePortfolio.java EXAMPLE_BUNDLE DIR COUNT");
            System.exit(2);
        }
        Path example = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Random random = new Random(SEED);
        String selfAssessment = Files.readString(example.resolve("self-assessment.yaml"), StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            Path bundle = dir.resolve(String.format("group-%03d/partner-%05d", i / 100, i));
            copy(example, bundle);
            Files.writeString(bundle.resolve("self-assessment.yaml"), vary(selfAssessment, i, random),
                    StandardCharsets.UTF_8);
            if (i == 11) {
                seal(bundle);
                Files.writeString(bundle.resolve("evidence/cost-review.md"), "changed after sealing\n",
                        StandardCharsets.UTF_8);
            }
        }
        System.out.println(count + " bundles under " + dir);
    }

    private static String vary(String text, int i, Random random) {
        String varied = text.replace("name: Acme Cloud Consulting", "name: Partner " + i)
                .replace("apnId: \"1234567\"", "apnId: \"" + (1000000 + i) + "\"");
        // about one in five fails: a tier too low, or a case study delivered too long ago
        int roll = random.nextInt(10);
        if (roll == 0) {
            varied = varied.replace("tier: advanced", "tier: select");
        } else if (roll == 1) {
            varied = varied.replace("dateDelivered: 2025-07-14", "dateDelivered: 2023-03-01");
        } else {
            varied = varied.replace("tier: advanced", random.nextBoolean() ? "tier: advanced" : "tier: premier")
                    .replace("dateDelivered: 2025-07-14", "dateDelivered: 2025-" + month(random) + "-14");
        }
        if (i == 7) {
            varied = varied.replace("kind: self-assessment", "kind: self-assessment\nunknownKey: 1");
        }
        return varied;
    }

    private static String month(Random random) {
        return String.format("%02d", 7 + random.nextInt(6));
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().equals("README.md")) {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** {@code MANIFEST.sha256} as {@code sha256sum} writes it, over every file of the bundle. */
    private static void seal(Path bundle) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(sha256(Files.readAllBytes(file)) + "  " + bundle.relativize(file).toString().replace('\\', '/'));
            }
        }
        Files.write(bundle.resolve("MANIFEST.sha256"), lines, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
