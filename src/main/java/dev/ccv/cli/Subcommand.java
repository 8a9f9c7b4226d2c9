package dev.ccv.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every ccv subcommand shares: the run's {@link Environment} and its output streams.
 * A subcommand returns its exit code; it never prints a stack trace or exits the process.
 */
abstract class Subcommand implements Callable<Integer>, EnvironmentAware {

    @Spec
    CommandSpec spec;

    private Environment environment;

    @Override
    public final void environment(Environment environment) {
        this.environment = environment;
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
}
