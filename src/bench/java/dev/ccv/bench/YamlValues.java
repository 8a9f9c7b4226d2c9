package dev.ccv.bench;

import dev.ccv.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Times ccv's YAML reader ({@link YamlReader#read(String, String)}: text to node tree, the same call
 * every loader makes) on one long value of 1, 4 and 16 MiB in a self-assessment, in each shape a
 * hostile bundle can choose, and prints the time per MiB and the growth from 1 to 16 MiB, which must
 * stay near 16 (linear):
 * {@code java -cp target/ccv.jar src/bench/java/dev/ccv/bench/YamlValues.java [EXAMPLE.yaml] [ROUNDS] [MIB,...]}.
 * A document with an anchor anywhere is read by snakeyaml's parser, one without by ccv's own quick
 * reader: both are timed. Best of ROUNDS (default 3) after one warm-up read.
 */
public final class YamlValues {

    private static final int MIB = 1024 * 1024;

    private YamlValues() {
    }

    public static void main(String[] args) throws IOException {
        Path example = Path.of(args.length > 0 ? args[0] : "examples/passing-precheck/self-assessment.yaml");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] sizes = args.length > 2 ? List.of(args[2].split(",")).stream().mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 4, 16};
        String base = Files.readString(example, StandardCharsets.UTF_8);
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("plain", n -> "notes: " + words(n) + "\n");
        shapes.put("plain, &anchor elsewhere", n -> "anchor: &a x\nnotes: " + words(n) + "\n");
        shapes.put("plain, anchored", n -> "notes: &a " + words(n) + "\n");
        shapes.put("double-quoted, &anchor", n -> "anchor: &a x\nnotes: \"" + words(n) + "\"\n");
        shapes.put("single-quoted, &anchor", n -> "anchor: &a x\nnotes: '" + words(n) + "'\n");
        shapes.put("literal block, &anchor", n -> "anchor: &a x\nnotes: |\n  " + words(n) + "\n");
        shapes.put("folded block, 80 columns", n -> "notes: >\n" + lines(n));
        System.out.printf("%-28s%s  growth %d->%d MiB%n", "value (YamlReader.read)", header(sizes), sizes[0],
                sizes[sizes.length - 1]);
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-28s", shape.getKey()));
            double first = 0;
            double last = 0;
            for (int i = 0; i < sizes.length; i++) {
                String text = base + shape.getValue().apply(sizes[i] * MIB);
                double ms = best(text, rounds);
                row.append(String.format("%10.0f ms", ms));
                if (i == 0) {
                    first = ms;
                }
                last = ms;
            }
            row.append(String.format("  %6.1fx", last / first));
            System.out.println(row);
        }
    }

    private static String header(int[] sizes) {
        StringBuilder header = new StringBuilder();
        for (int size : sizes) {
            header.append(String.format("%10d MiB", size));
        }
        return header.toString();
    }

    private static double best(String text, int rounds) {
        YamlReader reader = new YamlReader();
        reader.read(text, "bench.yaml");
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            // the garbage of the previous read collected first, so that no round pays for another's
            System.gc();
            long start = System.nanoTime();
            if (reader.read(text, "bench.yaml") == null) {
                throw new IllegalStateException("no document read");
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /**
     * {@code bytes} of text without a space, on one line (like base64): the worst case for a scanner,
     * which looks ahead to the end of such a run before it takes any of it.
     */
    private static String words(int bytes) {
        String word = "evidence-";
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() + word.length() <= bytes) {
            text.append(word);
        }
        return text.append("x".repeat(bytes - text.length())).toString();
    }

    /** {@code bytes} of indented 80-character lines. */
    private static String lines(int bytes) {
        String line = "  " + "block text ".repeat(7) + "x\n";
        return line.repeat(Math.max(1, bytes / line.length()));
    }
}
