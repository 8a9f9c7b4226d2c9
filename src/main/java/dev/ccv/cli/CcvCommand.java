package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: {@code ccv} and its subcommands. */
@Command(name = "ccv",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks an AWS Partner's competency application against a validation checklist"
                + " and writes a pass/fail report.",
        exitCodeListHeading = "%nExit codes:%n")
public final class CcvCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an internal error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ccv: a command is needed, for example: ccv validate BUNDLE");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }
}
