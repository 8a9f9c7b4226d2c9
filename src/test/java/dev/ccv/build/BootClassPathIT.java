package dev.ccv.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./ccv} puts target/ccv.jar on the boot class path (start-up time; see the launcher), where
 * ccv's classes, picocli's, snakeyaml's and jackson's have no class loader of their own. Every
 * subcommand must behave there as under {@code java -jar}: the same standard output and error, exit
 * code and written files. The boot run gets no class path, so the JVM's default, the current
 * folder, is one; that folder holds a {@code checklists/} of its own, which must not count as built in.
 */
class BootClassPathIT {

    private static final Path JAR = Path.of("target/ccv.jar").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    static Path shared;

    private static Path oldReport;
    private static Path newReport;

    @TempDir
    Path temp;

    /** Two JSON reports for {@code ccv diff}, written the usual way. */
    @BeforeAll
    static void writeReportsToCompare() throws Exception {
        oldReport = shared.resolve("old.json");
        newReport = shared.resolve("new.json");
        run(List.of("-jar", JAR.toString()), shared, List.of("validate", example("failing-precheck"),
                "--as-of", "2026-06-30", "--report", "json=" + oldReport));
        run(List.of("-jar", JAR.toString()), shared, List.of("validate", example("passing-precheck"),
                "--as-of", "2026-06-30", "--report", "json=" + newReport));
    }

    static Stream<List<String>> commandLines() {
        return Stream.of(
                List.of("validate", example("passing-precheck"), "--as-of", "2026-06-30"),
                List.of("validate", example("audit-case-study-removed"), "--as-of", "2026-06-30",
                        "--report", "json=report.json", "--report", "sarif=report.sarif", "--report", "junit=report.xml",
                        "--report", "html=report.html", "--report", "markdown=report.md", "--report", "text=report.txt"),
                List.of("validate", example("failing-precheck"), "--as-of", "2026-06-30", "--report", "json"),
                List.of("validate", "no-such-bundle"),
                List.of("checklists"),
                List.of("show", "aws-security-competency"),
                List.of("lint", Path.of("checklists/aws-devops-competency.yaml").toAbsolutePath().toString()),
                List.of("schema", "checklist"),
                List.of("init", "aws-migration-competency", "-o", "self-assessment.yaml"),
                List.of("diff", oldReport.toString(), newReport.toString()),
                List.of("manifest", "bundle"),
                List.of("--help"),
                List.of("--version"));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aSubcommandRunsFromTheBootClassPathAsFromTheJar(List<String> args) throws Exception {
        Path asJar = folderWithABundle("jar");
        Path onBoot = folderWithABundle("boot");
        Files.createDirectories(onBoot.resolve("checklists"));
        Files.writeString(onBoot.resolve("checklists/stray.yaml"), "id: stray\ntitle: not a built-in checklist\n");

        Result expected = run(List.of("-jar", JAR.toString()), asJar, args);
        Result actual = run(List.of("-Xbootclasspath/a:" + JAR, "dev.ccv.cli.Main"), onBoot, args);

        assertThat(actual.exitCode()).as("exit code").isEqualTo(expected.exitCode());
        assertThat(actual.out()).as("standard output").isEqualTo(expected.out());
        assertThat(actual.err()).as("standard error").isEqualTo(expected.err());
        Files.delete(onBoot.resolve("checklists/stray.yaml"));
        Files.delete(onBoot.resolve("checklists"));
        assertThat(filesIn(onBoot)).as("the files written").isEqualTo(filesIn(asJar));
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    /** A working folder with a copy of the passing example as {@code bundle/}, for {@code ccv manifest}. */
    private Path folderWithABundle(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Path example = EXAMPLES.resolve("passing-precheck");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.toList()) {
                Path copy = folder.resolve("bundle").resolve(example.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return folder;
    }

    /** Every file under {@code folder}, by relative path, with its text. */
    private static Map<String, String> filesIn(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> launch, Path directory, List<String> args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto"));
        command.addAll(launch);
        command.addAll(args);
        Path out = Files.createTempFile("ccv-out", ".txt");
        Path err = Files.createTempFile("ccv-err", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within 60 s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
