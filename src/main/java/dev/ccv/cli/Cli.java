package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Builds the picocli command tree and runs it; the one place exceptions become exit codes. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine commandLine = create(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return ErrorHandler.execute(commandLine, args);
    }

    static CommandLine create(Environment environment) {
        CommandLine commandLine = new CommandLine(new CcvCommand(), new CommandFactory(environment));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(String.valueOf(code.code()), code.meaning());
        }
        commandLine.getSubcommands().values().forEach(sub -> listExitCodes(sub, exitCodes));
        listExitCodes(commandLine, exitCodes);
        return commandLine;
    }

    private static void listExitCodes(CommandLine commandLine, Map<String, String> exitCodes) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    }
}
