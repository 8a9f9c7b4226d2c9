package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks a valid self-assessment at random (seeded, so every run is the same) and runs the whole
 * {@code ccv validate}: whatever the damage, the exit code is 0, 1 or 2, every error names a line,
 * and no exception or stack trace reaches the user.
 */
class MutatedInputsPropertyTest {

    private static final int RUNS = 300;
    private static final Pattern ERROR_LINE = Pattern.compile("^error: [^:]+:\\d+(:\\d+)?: .+");
    /** Errors about a whole file, which truly have no line. */
    private static final Pattern FILE_ERROR = Pattern.compile("^error: [^:]+: the file is (empty|not UTF-8).*");
    private static final String[] VALUES = {"yes", "no", "1.10", "2026-02-30", "[a, b]", "{a: b}", "~", "\"\"",
        "*x", "&x", "!!int abc", "- entry", "https://", "../../etc/passwd", "\t", "'", "\"", "#", "@", "`"};

    @TempDir
    Path folder;

    @Test
    void anyMutationEndsInAVerdictOrInputErrorsWithLines() {
        Random random = new Random(20260630L);
        List<ExampleBundle> bundles = List.of(ExampleBundle.copy("passing-precheck", folder),
                ExampleBundle.copy("failing-precheck", folder), ExampleBundle.copy("audit-case-study-removed", folder));
        List<String> originals = bundles.stream().map(bundle -> bundle.read(ExampleBundle.SELF_ASSESSMENT)).toList();
        Set<Integer> exitCodes = new TreeSet<>();
        for (int run = 0; run < RUNS; run++) {
            ExampleBundle bundle = bundles.get(run % bundles.size());
            String mutated = mutate(originals.get(run % bundles.size()), random);
            bundle.write(ExampleBundle.SELF_ASSESSMENT, mutated);

            Ccv result = bundle.validate("--report", "json");
            exitCodes.add(result.exitCode());

            String what = "run " + run + ", input:\n" + mutated;
            assertThat(result.exitCode()).as(what).isIn(0, 1, 2);
            assertThat(result.err()).as(what).doesNotContain("Exception", "\tat ");
            if (result.exitCode() == 2) {
                assertThat(result.err().lines().filter(line -> line.startsWith("error: ")).toList()).as(what)
                        .isNotEmpty()
                        .allMatch(line -> ERROR_LINE.matcher(line).matches() || FILE_ERROR.matcher(line).matches());
            }
        }
        assertThat(exitCodes).as("the mutations reach every outcome").containsExactly(0, 1, 2);
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, indent(line, random));
                case 3 -> lines.set(at, swapValue(line, random));
                case 4 -> lines.set(at, insertCharacter(line, random));
                case 5 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                default -> {
                    return String.join("\n", lines.subList(0, at)) + "\n" + line.substring(0, line.length() / 2);
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String indent(String line, Random random) {
        return random.nextBoolean() ? " ".repeat(1 + random.nextInt(3)) + line : line.replaceFirst("^ {1,2}", "");
    }

    private static String swapValue(String line, Random random) {
        int colon = line.indexOf(": ");
        String value = VALUES[random.nextInt(VALUES.length)];
        return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
    }

    private static String insertCharacter(String line, Random random) {
        int at = random.nextInt(line.length() + 1);
        char inserted = "-:[]{}#&*!|>'\"%@`,?\t\u00a0\u0007".charAt(random.nextInt(22));
        return line.substring(0, at) + inserted + line.substring(at);
    }
}
