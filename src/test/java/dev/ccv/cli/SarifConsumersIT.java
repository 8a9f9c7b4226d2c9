package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF of every example, checked by Microsoft's SARIF multitool with the rules GitHub code
 * scanning applies ({@code Gh}) and the SARIF best-practice rules ({@code Sarif}): no error, no
 * warning. The multitool comes from the npm registry into target/ on first use; where npm is
 * missing the test is skipped and says so.
 */
class SarifConsumersIT {

    private static final Path TOOLS = Path.of("target/sarif-multitool").toAbsolutePath();
    private static final Path MULTITOOL = TOOLS.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

    @TempDir
    Path temp;

    @BeforeAll
    static void installTheMultitool() throws IOException, InterruptedException {
        assumeTrue(onPath("npm"), "npm is not installed, so the SARIF multitool cannot be; install Node.js and npm"
                + " to run this test");
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the test uses the multitool's"
                + " Linux build");
        if (!Files.isExecutable(MULTITOOL)) {
            Files.createDirectories(TOOLS);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", TOOLS.toString(),
                    "@microsoft/sarif-multitool@5.7.0")
                    .redirectErrorStream(true).redirectOutput(TOOLS.resolve("npm.log").toFile()).start();
            assertThat(npm.waitFor(10, TimeUnit.MINUTES)).as("npm install finished").isTrue();
            assertThat(npm.exitValue()).as("npm install (see " + TOOLS.resolve("npm.log") + ")").isZero();
            // the package's postinstall step makes it executable, but npm may skip install scripts
            MULTITOOL.toFile().setExecutable(true);
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("examples"))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theMultitoolReportsNothingForTheExample(String example) throws IOException, InterruptedException {
        Path sarif = temp.resolve(example + ".sarif");
        CliRun run = CliRun.of("validate", "examples/" + example, "--as-of", "2026-06-30",
                "--report", "sarif=" + sarif);
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);

        for (String ruleKind : List.of("Gh", "Sarif")) {
            assertThat(problems(sarif, ruleKind)).as(ruleKind + " rules on " + example).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theMultitoolReportsNothingForTheRedactedReport(String example) throws IOException, InterruptedException {
        Path sarif = temp.resolve(example + ".sarif");
        CliRun.of("validate", "examples/" + example, "--as-of", "2026-06-30", "--redact", "--report", "sarif=" + sarif);

        assertThat(problems(sarif, "Gh")).isEmpty();
    }

    /** The multitool's error and warning lines; its exit code is 0 whatever it finds. */
    private List<String> problems(Path sarif, String ruleKind) throws IOException, InterruptedException {
        Path output = temp.resolve("multitool-" + ruleKind + ".txt");
        // the file comes first: --rule-kind and --level take every value that follows them
        Process process = new ProcessBuilder(MULTITOOL.toString(), "validate", sarif.toString(),
                "--rule-kind", ruleKind, "--level", "Error;Warning")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).as("the multitool ran: " + lines).contains("Analysis completed successfully.");
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            if (line.contains(": error ") || line.contains(": warning ")) {
                problems.add(line);
            }
        }
        return problems;
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
