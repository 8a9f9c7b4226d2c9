package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv completion}: the script, loaded into a real bash, completes what a user types. */
class CompletionCommandTest {

    @TempDir
    Path temp;

    @Test
    void bashCompletesSubcommandsOptionsAndReportFormats() throws IOException, InterruptedException {
        Path script = script("bash");

        assertThat(complete(script, "ccv", "val")).isEqualTo("validate");
        assertThat(complete(script, "ccv", "validate", "--rep")).isEqualTo("--report");
        assertThat(complete(script, "ccv", "validate", "--report", "")).isEqualTo("text json junit sarif html markdown xlsx");
        assertThat(complete(script, "ccv", "completion", "")).isEqualTo("bash zsh");
        assertThat(complete(script, "ccv", "")).contains("validate", "manifest", "completion");
    }

    @Test
    void theZshScriptLoadsZshsBashCompletionLayer() {
        CliRun run = CliRun.of("completion", "zsh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ZSH_VERSION").contains("bashcompinit").contains("_complete_ccv");
    }

    @Test
    void anUnknownShellIsAUsageErrorListingTheShells() {
        CliRun run = CliRun.of("completion", "fish");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ccv: unknown shell `fish`; the shells are: bash, zsh\n"
                + "Try `ccv completion --help` for the options.\n");
    }

    private Path script(String shell) throws IOException {
        CliRun run = CliRun.of("completion", shell);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path script = temp.resolve("ccv-completion." + shell);
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        return script;
    }

    /** What bash offers for the last word, as its completion function leaves it in COMPREPLY. */
    private String complete(Path script, String... words) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_ccv 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "--norc", "-c", program).redirectErrorStream(false).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
