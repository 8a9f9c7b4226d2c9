package dev.ccv.cli;

import dev.ccv.authoring.ChecklistExplanation;
import dev.ccv.model.Checklist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ccv show}: a checklist explained in plain language. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Explains a checklist: each item, what it needs, when it applies, whether it blocks.")
final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "CHECKLIST", description = "A built-in checklist id or a checklist file.")
    String checklist;

    @Override
    public Integer call() {
        Checklist loaded = ChecklistArgument.resolve(checklist, environment());
        out().print(ChecklistExplanation.explain(loaded));
        out().flush();
        return 0;
    }
}
