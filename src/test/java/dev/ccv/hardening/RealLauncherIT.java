package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows, run through the real {@code ./ccv} launcher: file names do not
 * depend on the locale, and a run stopped by SIGTERM while it extracts a zip leaves nothing behind
 * and prints no stack trace.
 */
class RealLauncherIT {

    private static final Path LAUNCHER = Path.of("ccv").toAbsolutePath();

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void aFileNameWithAnAccentBehavesUnderLcAllCAsUnderUtf8() throws Exception {
        ExampleBundle bundle = ExampleBundle.copy("passing-precheck", Files.createDirectories(temp.resolve("dossier-é")));
        Files.move(bundle.root().resolve("evidence/program-acknowledgement.md"),
                bundle.root().resolve("evidence/accusé-de-réception.md"));
        bundle.replace("evidence: [evidence/program-acknowledgement.md]", "evidence: [evidence/accusé-de-réception.md]");
        List<String> validate = List.of("validate", bundle.root().toString(), "--as-of", "2026-06-30");
        run("C.UTF-8", List.of("--version")); // the launcher may build the jar first and say so on stderr

        Result utf8 = run("C.UTF-8", validate);
        Result posix = run("C", validate);
        Result sealing = run("C", List.of("manifest", bundle.root().toString()));
        Result sealed = run("C", validate);

        assertThat(utf8.exitCode()).as(utf8.err()).isZero();
        assertThat(posix).isEqualTo(utf8);
        assertThat(sealing.exitCode()).as(sealing.err()).isZero();
        assertThat(Files.readString(bundle.root().resolve("MANIFEST.sha256"))).contains("evidence/accusé-de-réception.md");
        assertThat(sealed.exitCode()).as(sealed.err()).isZero();
    }

    @Test
    void sigtermDuringZipExtractionLeavesNoFolderAndNoStackTrace() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path zip = largeBundleZip(temp.resolve("bundle.zip"));
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", LAUNCHER.toString(), "validate", zip.toString(),
                "--as-of", "2026-06-30")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        builder.environment().put("CCV_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && listing(tmp).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        process.destroy(); // SIGTERM, to java itself: the launcher execs it
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ccv did not stop within 30 s of SIGTERM");
        }

        assertThat(listing(tmp)).as("left in the temporary folder").isEmpty();
        assertThat(Files.readString(err)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The passing example with 24 MiB of incompressible evidence, so that extracting it takes a while. */
    private Path largeBundleZip(Path zip) throws IOException {
        Path source = Path.of("examples/passing-precheck");
        Random random = new Random(13);
        byte[] block = new byte[1024 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(source.relativize(file).toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (int i = 0; i < 24; i++) {
                out.putNextEntry(new ZipEntry("evidence/recording-" + i + ".bin"));
                random.nextBytes(block);
                out.write(block);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private Result run(String locale, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", LAUNCHER.toString()));
        command.addAll(args);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().remove("LANG");
        builder.environment().remove("LC_CTYPE");
        builder.environment().put("LC_ALL", locale);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
