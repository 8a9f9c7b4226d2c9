package dev.ccv.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every ccv subcommand shares: its picocli model, the run's {@link Environment} and its output
 * streams. A subcommand declares its options and parameters as fields, in the order picocli lists
 * them, and reads their values when it runs. It returns its exit code; it never prints a stack trace
 * or exits the process.
 */
abstract class Subcommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final Environment environment;

    Subcommand(Environment environment, String name, String... description) {
        this.environment = environment;
        spec.name(name);
        spec.usageMessage().description(description);
    }

    /** Adds an option or a positional parameter to this command, and returns it for reading its value. */
    final <T extends ArgSpec> T add(T argument) {
        spec.add(argument);
        return argument;
    }

    Environment environment() {
        return environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The values of a repeatable option or parameter: empty when none was given. */
    static <T> List<T> values(ArgSpec argument) {
        List<T> values = argument.getValue();
        return values == null ? List.of() : values;
    }

    /** Whether a flag was given. */
    static boolean flag(ArgSpec argument) {
        Boolean value = argument.getValue();
        return Boolean.TRUE.equals(value);
    }
}
