package dev.ccv.bundle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real GNU {@code sha256sum} for the interoperability tests; they are skipped without it. */
final class Sha256sum {

    /** What a run printed, with its exit status. */
    record Run(int status, String output) {
    }

    private Sha256sum() {
    }

    static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        assumeTrue(onPath(), "sha256sum is not on PATH");
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static boolean onPath() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, "sha256sum")));
    }
}
