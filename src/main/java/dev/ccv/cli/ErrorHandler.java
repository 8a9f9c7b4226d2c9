package dev.ccv.cli;

import dev.ccv.bundle.ExtractionFolder;
import dev.ccv.files.WriteFailedException;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/**
 * Turns what a command throws into a message for people and an exit code: input errors (2),
 * unreadable files and files that cannot be written (2), and bugs (70, one line; the stack trace only with --debug).
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int MAX_ERRORS_SHOWN = 50;

    public ErrorHandler() {
        // public so that a test can run a command of its own that fails the way a bug would
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InvalidInputException invalid) {
            printInputErrors(invalid, err, isValidate(parseResult));
            return ExitCode.INVALID_INPUT.code();
        }
        if (exception instanceof ExtractionFolder.Interrupted) {
            // Ctrl-C or SIGTERM while a zip was extracted: the JVM is stopping, and there is nothing to say
            return ExitCode.INVALID_INPUT.code();
        }
        if (exception instanceof WriteFailedException failed) {
            err.println("ccv: " + failed.getMessage());
            err.flush();
            return ExitCode.INVALID_INPUT.code();
        }
        if (exception instanceof UncheckedIOException io) {
            err.println("ccv: " + Failure.describe(io.getCause()));
            printTraceIfDebug(exception, parseResult, err);
            return ExitCode.INVALID_INPUT.code();
        }
        return reportBug(exception, parseResult, err);
    }

    /**
     * Runs the command line with this handler; a bug that picocli lets through because it is an
     * {@link Error} (a stack overflow, say) is reported in the same one line.
     */
    public static int execute(CommandLine commandLine, String... args) {
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        try {
            return commandLine.execute(args);
        } catch (Error error) {
            return reportBug(error, commandLine.getParseResult(), commandLine.getErr());
        }
    }

    private static int reportBug(Throwable bug, CommandLine.ParseResult parseResult, PrintWriter err) {
        err.println("ccv: " + Failure.bug(bug));
        printTraceIfDebug(bug, parseResult, err);
        return ExitCode.INTERNAL_ERROR.code();
    }

    static void printInputErrors(InvalidInputException invalid, PrintWriter err, boolean evaluating) {
        var errors = invalid.errors();
        errors.stream().limit(MAX_ERRORS_SHOWN).map(InputError::render).forEach(line -> err.println("error: " + line));
        if (errors.size() > MAX_ERRORS_SHOWN) {
            err.println("... and " + (errors.size() - MAX_ERRORS_SHOWN) + " more errors not shown; fix the ones above first");
        }
        err.println("ccv: " + (errors.size() == 1 ? "1 input error" : errors.size() + " input errors")
                + (evaluating ? "; nothing was evaluated." : "."));
        err.flush();
    }

    private static void printTraceIfDebug(Throwable exception, CommandLine.ParseResult parseResult, PrintWriter err) {
        if (parseResult != null && isDebug(parseResult)) {
            exception.printStackTrace(err);
        }
        err.flush();
    }

    /** Whether the command evaluates bundles, so that an input error means nothing was evaluated. */
    private static boolean isValidate(CommandLine.ParseResult parseResult) {
        return parseResult != null && parseResult.subcommand() != null
                && List.of("validate", "batch").contains(parseResult.subcommand().commandSpec().name());
    }

    /** Whether {@code --debug} was given, to any command. */
    static boolean isDebug(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult root = parseResult;
        while (root != null) {
            if (root.hasMatchedOption("--debug")) {
                return true;
            }
            root = root.subcommand();
        }
        return false;
    }
}
