package dev.ccv.cli;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.result.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * What an exception that stopped a command means to the user: invalid input (exit 2: the input
 * errors, or the file that could not be read) or a bug (exit 70), and the lines that say so.
 * {@code ccv validate} prints them; {@code ccv batch} records them for the bundle concerned.
 */
record Failure(ExitCode code, List<String> lines) {

    static Failure of(Throwable thrown) {
        if (thrown instanceof InvalidInputException invalid) {
            return new Failure(ExitCode.INVALID_INPUT, invalid.errors().stream().map(InputError::render).toList());
        }
        if (thrown instanceof UncheckedIOException io) {
            return new Failure(ExitCode.INVALID_INPUT, List.of(describe(io.getCause())));
        }
        return new Failure(ExitCode.INTERNAL_ERROR, List.of(bug(thrown)));
    }

    /** One line for a file that could not be read or written. */
    static String describe(IOException cause) {
        if (cause instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return "input/output error: " + cause.getMessage();
    }

    /** One line for a bug: what was thrown, and a request for a report. */
    static String bug(Throwable bug) {
        String message = bug.getMessage() == null ? "" : ": " + bug.getMessage().lines().findFirst().orElse("");
        return "internal error (" + bug.getClass().getSimpleName() + message
                + "). This is a bug in ccv: please report it with the command you ran; --debug shows the details.";
    }
}
