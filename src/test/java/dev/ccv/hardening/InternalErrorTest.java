package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.cli.ErrorHandler;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * What a user sees when ccv has a bug: one line asking for a report and exit code 70, the stack
 * trace only with {@code --debug}. A tiny command tree shaped like ccv's fails on purpose.
 */
class InternalErrorTest {

    private static final String ONE_LINE = "ccv: internal error (NullPointerException: the engine lost a case study)."
            + " This is a bug in ccv: please report it with the command you ran; --debug shows the details.\n";

    @Test
    void aBugPrintsOneLineAskingForAReportAndExits70() {
        Run run = run(() -> new NullPointerException("the engine lost a case study"), "explode");

        assertThat(run.err()).isEqualTo(ONE_LINE);
        assertThat(run.exitCode()).isEqualTo(70);
    }

    @Test
    void noStackTraceReachesTheUserWithoutDebug() {
        Run run = run(() -> new IllegalStateException("unexpected verdict"), "explode");

        assertThat(run.err()).doesNotContain("\tat ", "Caused by").hasLineCount(1);
        assertThat(run.exitCode()).isEqualTo(70);
    }

    @Test
    void debugShowsTheStackTraceAfterTheLine() {
        Run run = run(() -> new NullPointerException("the engine lost a case study"), "--debug", "explode");

        assertThat(run.err()).startsWith(ONE_LINE + "java.lang.NullPointerException: the engine lost a case study\n")
                .contains("\tat " + Explode.class.getName() + ".call(");
        assertThat(run.exitCode()).isEqualTo(70);
    }

    @Test
    void debugAfterTheSubcommandWorksToo() {
        Run run = run(() -> new NullPointerException("the engine lost a case study"), "explode", "--debug");

        assertThat(run.err()).startsWith(ONE_LINE).contains("\tat ");
    }

    @Test
    void aStackOverflowIsABugToo() {
        Run run = run(StackOverflowError::new, "explode");

        assertThat(run.err()).isEqualTo("ccv: internal error (StackOverflowError). This is a bug in ccv:"
                + " please report it with the command you ran; --debug shows the details.\n");
        assertThat(run.exitCode()).isEqualTo(70);
    }

    @Test
    void anInputErrorIsNotABug() {
        Run run = run(() -> new InvalidInputException(new InputError(new SourcePosition("audit.yaml", 3, 7),
                "`result`: `maybe` is not a valid result; valid: met, unmet")), "--debug", "explode");

        assertThat(run.err()).isEqualTo("error: audit.yaml:3:7: `result`: `maybe` is not a valid result;"
                + " valid: met, unmet\nccv: 1 input error.\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    private static Run run(Supplier<Throwable> failure, String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Root()).addSubcommand("explode", new Explode(failure));
        commandLine.setErr(new PrintWriter(err, true));
        int code = ErrorHandler.execute(commandLine, args);
        return new Run(code, err.toString());
    }

    private record Run(int exitCode, String err) {
    }

    /** The root of the tree, with ccv's inherited --debug option. */
    @Command(name = "ccv")
    static final class Root implements Runnable {

        @Option(names = "--debug", scope = ScopeType.INHERIT)
        boolean debug;

        @Override
        public void run() {
        }
    }

    /** A command that fails the way a bug would. */
    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {

        private final Supplier<Throwable> failure;

        Explode(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable bug = failure.get();
            if (bug instanceof Error error) {
                throw error;
            }
            throw (Exception) bug;
        }
    }
}
