package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code ccv batch} process stopped with SIGTERM half-way leaves no summary, no half-written
 * report, no temporary file and no extracted bundle behind.
 */
class BatchInterruptTest {

    private static final int BUNDLES = 120;

    @TempDir
    Path folder;

    @Test
    void aBatchKilledWithSigtermLeavesNoPartialSummaryAndNoTemporaryFiles() throws Exception {
        Path example = Portfolios.copy("passing-precheck", folder.resolve("example"));
        for (int i = 0; i < BUNDLES; i++) {
            String name = String.format("bundles/b%03d", i);
            if (i % 3 == 0) {
                Portfolios.zip(example, folder.resolve(name + ".zip"));
            } else {
                Portfolios.copy("passing-precheck", folder.resolve(name));
            }
        }
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        Process batch = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), "dev.ccv.cli.Main",
                "batch", "bundles", "--as-of", "2026-06-30", "--jobs", "1", "--out", "out", "--report", "json",
                "--report", "html", "--summary", "json=summary.json"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("batch.log").toFile())
                .start();

        waitForReports(batch, 6);
        batch.destroy(); // SIGTERM
        assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(folder.resolve("summary.json")).doesNotExist();
        assertThat(files(folder)).noneMatch(file -> file.endsWith("-tmp") || file.endsWith(".tmp") || file.contains(".spool"));
        assertThat(files(temporary)).isEmpty();
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
        assertThat(Files.readString(folder.resolve("batch.log"))).doesNotContain("Exception");
    }

    private void waitForReports(Process batch, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && batch.isAlive()) {
            if (Files.isDirectory(folder.resolve("out")) && reportsWritten(folder.resolve("out")) >= count) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(batch.isAlive()).as("the batch is still running when it is stopped").isTrue();
    }

    /** Reports renamed into place so far; a temporary file may vanish while the folder is read, then look again. */
    private static long reportsWritten(Path out) throws IOException {
        try {
            return files(out).stream().filter(f -> f.endsWith(".json")).count();
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException vanished) {
            return 0;
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).toList();
        }
    }
}
