package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Builds the picocli command tree and runs it; the one place exceptions become exit codes. */
public final class Cli {

    /** The subcommands, in the order {@code ccv --help} lists them. */
    static final List<String> SUBCOMMANDS = List.of(
            "validate", "batch", "init", "import", "checklists", "show", "lint", "schema", "diff", "manifest",
            "completion");

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine commandLine = create(environment, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return ErrorHandler.execute(commandLine, args);
    }

    /**
     * The command tree for these arguments. It is built with picocli's programmatic API: reading the
     * model from annotations made the JVM generate a proxy class per annotation type at every start.
     * A run that names a subcommand gets only that one (start-up time); help, mistakes and suggestions
     * get all.
     */
    static CommandLine create(Environment environment, String[] args) {
        // picocli registers converters for java.sql, java.time and java.nio.file types by reflection in
        // every command line it builds, after matching each type's name against this expression, which
        // it compiles anew for each (38 times a run). ccv registers the one it needs, for Path (below),
        // and --as-of has its own; the shortest expression that excludes them all costs the least. Set
        // here, not in Main, so that every run of the command line, in-process tests too, has it.
        System.setProperty("picocli.converters.excludes", ".*");
        CcvCommand root = new CcvCommand();
        addHelpOptions(root.spec);
        CommandLine commandLine = new CommandLine(root.spec);
        String named = firstWord(args);
        boolean known = SUBCOMMANDS.contains(named);
        for (String name : SUBCOMMANDS) {
            if (!known || name.equals(named)) {
                Subcommand subcommand = subcommand(name, environment);
                addHelpOptions(subcommand.spec);
                commandLine.addSubcommand(new CommandLine(subcommand.spec));
            }
        }
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own, found by reflection, is turned off with the others (above)
        commandLine.registerConverter(Path.class, Cli::path);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(String.valueOf(code.code()), code.meaning());
        }
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            listExitCodes(subcommand, exitCodes);
        }
        listExitCodes(commandLine, exitCodes);
        return commandLine;
    }

    /** A path argument; one the JVM's locale cannot name gets the way out (the launcher runs in UTF-8). */
    private static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("this system cannot name `" + argument + "` in the"
                    + " current locale; run ccv with a UTF-8 locale (LC_ALL=C.UTF-8) or through the ccv launcher");
        }
    }

    private static String firstWord(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    private static Subcommand subcommand(String name, Environment environment) {
        return switch (name) {
            case "validate" -> new ValidateCommand(environment);
            case "batch" -> new BatchCommand(environment);
            case "init" -> new InitCommand(environment);
            case "import" -> new ImportCommand(environment);
            case "checklists" -> new ChecklistsCommand(environment);
            case "show" -> new ShowCommand(environment);
            case "lint" -> new LintCommand(environment);
            case "schema" -> new SchemaCommand(environment);
            case "diff" -> new DiffCommand(environment);
            case "manifest" -> new ManifestCommand(environment);
            case "completion" -> new CompletionCommand(environment);
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * {@code -h/--help} and {@code -V/--version}, as picocli's {@code mixinStandardHelpOptions} adds
     * them (after the command's own options), without the reflection that the mixin needs.
     */
    private static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).initialValue(false)
                .paramLabel("<helpRequested>").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).initialValue(false)
                .paramLabel("<versionRequested>").versionHelp(true).description("Print version information and exit.")
                .build());
    }

    private static void listExitCodes(CommandLine commandLine, Map<String, String> exitCodes) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    }
}
