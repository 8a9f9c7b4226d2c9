package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** A usage mistake gets one line saying what is wrong and where to find help, not the whole usage text. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("ccv: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        String dashed = unknownDashedWord(args, commandLine.getCommandSpec().optionsMap());
        if (dashed != null) {
            err.println("ccv: `" + dashed + "` is taken for an option; to name a file or folder that starts with `-`,"
                    + " write `./" + dashed + "` or put it after `--` (`"
                    + commandLine.getCommandSpec().qualifiedName() + " -- " + dashed + "`)");
        }
        err.println("Try `" + commandLine.getCommandSpec().qualifiedName() + " --help` for the options.");
        err.flush();
        return ExitCode.INVALID_INPUT.code();
    }

    /** The first argument before any {@code --} that starts with {@code -} and is no option of the command. */
    private static String unknownDashedWord(String[] args, Map<String, OptionSpec> options) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (arg.length() > 1 && arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!options.containsKey(name) && !name.equals("--debug")) {
                    return arg;
                }
            }
        }
        return null;
    }
}
