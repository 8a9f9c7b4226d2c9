package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The root command: {@code ccv} and its subcommands. */
public final class CcvCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    CcvCommand() {
        spec.name("ccv").versionProvider(new VersionProvider());
        spec.usageMessage()
                .description("Checks an AWS Partner's competency application against a validation checklist"
                        + " and writes a pass/fail report.")
                .exitCodeListHeading("%nExit codes:%n");
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).initialValue(false).paramLabel("<debug>")
                .scopeType(ScopeType.INHERIT).description("Show the stack trace of an internal error.").build());
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ccv: a command is needed, for example: ccv validate BUNDLE");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }
}
