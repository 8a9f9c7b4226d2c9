package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command tree: every subcommand is there for help, and a run builds only the one it names. */
class CliTest {

    @Test
    void helpListsEverySubcommandInOrder() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence("validate", "init", "checklists", "show", "lint", "schema", "diff",
                "manifest", "Exit codes:");
    }

    @Test
    void aRunThatNamesASubcommandBuildsOnlyThatOne() {
        var tree = Cli.create(new Environment(java.time.Clock.systemUTC(), java.nio.file.Path.of(""), false, false),
                new String[] {"--debug", "show", "aws-competency-baseline"});

        assertThat(tree.getSubcommands()).containsOnlyKeys("show");
    }

    @Test
    void anUnknownWordBuildsThemAllSoThatSuggestionsWork() {
        var tree = Cli.create(new Environment(java.time.Clock.systemUTC(), java.nio.file.Path.of(""), false, false),
                new String[] {"shwo"});

        assertThat(tree.getSubcommands()).hasSize(Cli.SUBCOMMANDS.size());
    }
}
