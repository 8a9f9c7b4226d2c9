package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;

/** A usage mistake gets one line saying what is wrong and where to find help, not the whole usage text. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("ccv: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try `" + commandLine.getCommandSpec().qualifiedName() + " --help` for the options.");
        err.flush();
        return ExitCode.INVALID_INPUT.code();
    }
}
