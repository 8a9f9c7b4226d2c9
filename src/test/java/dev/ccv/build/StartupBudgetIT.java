package dev.ccv.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up rules as numbers: a validation of the passing example, run as the launcher runs it
 * (the jar on the boot class path), may load at most so many classes and link at most so many
 * lambdas. Each class costs about 0.1 ms and each lambda about 0.25 ms at a start even when
 * archived (docs/performance.md), so a change that adds many to the path every run takes shows
 * here, by count, not by a timing that varies with the machine's load. A budget that no longer
 * fits is raised on purpose, with the start benchmark rerun (src/bench/bench.sh).
 */
class StartupBudgetIT {

    /** Every class the JVM loads for the run, the JDK's included. Measured 1,310 (2026-12-03). */
    private static final int CLASSES = 1_500;
    /** ccv's own classes among them. Measured 194. */
    private static final int CCV_CLASSES = 260;
    /** Lambda and method-reference classes linked. Measured 36. */
    private static final int LAMBDAS = 45;

    private static final Path JAR = Path.of("target/ccv.jar").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aValidationOfThePassingExampleStaysWithinItsBudget() throws IOException, InterruptedException {
        Path log = temp.resolve("class-load.log");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xbootclasspath/a:" + JAR, "-cp", JAR.toString(), "-Xlog:class+load=info:file=" + log,
                "dev.ccv.cli.Main", "validate", "examples/passing-precheck", "--as-of", "2026-06-30")
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertThat(java.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(java.exitValue()).as(Files.readString(temp.resolve("err.txt"))).isZero();

        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("[class,load]")).toList();
        long ccv = loaded.stream().filter(line -> line.contains("] dev.ccv.")).count();
        long lambdas = loaded.stream().filter(line -> line.contains("$$Lambda")).count();
        String measured = loaded.size() + " classes, " + ccv + " of ccv, " + lambdas + " lambdas";

        assertThat(loaded.size()).as(measured).isBetween(100, CLASSES);
        assertThat(ccv).as(measured).isBetween(10L, (long) CCV_CLASSES);
        assertThat(lambdas).as(measured).isLessThanOrEqualTo(LAMBDAS);
    }
}
