package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Builds the picocli command tree and runs it; the one place exceptions become exit codes. */
public final class Cli {

    /** The subcommands, in the order {@code ccv --help} lists them. */
    static final List<Class<? extends Subcommand>> SUBCOMMANDS = List.of(
            ValidateCommand.class, InitCommand.class, ChecklistsCommand.class, ShowCommand.class, LintCommand.class,
            SchemaCommand.class, DiffCommand.class, ManifestCommand.class);

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine commandLine = create(environment, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return ErrorHandler.execute(commandLine, args);
    }

    /**
     * The command tree for these arguments. picocli builds each subcommand by reflection, so a run
     * that names one gets only that one (start-up time); help, mistakes and suggestions get all.
     */
    static CommandLine create(Environment environment, String[] args) {
        CommandFactory factory = new CommandFactory(environment);
        CommandLine commandLine = new CommandLine(new CcvCommand(), factory);
        String named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        List<Class<? extends Subcommand>> wanted = SUBCOMMANDS.stream()
                .filter(type -> type.getAnnotation(CommandLine.Command.class).name().equals(named)).toList();
        for (Class<? extends Subcommand> type : wanted.isEmpty() ? SUBCOMMANDS : wanted) {
            commandLine.addSubcommand(new CommandLine(type, factory));
        }
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
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
