package dev.ccv.cli;

import dev.ccv.authoring.ChecklistExplanation;
import dev.ccv.model.Checklist;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccv show}: a checklist explained in plain language. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Explains a checklist: each item, what it needs, when it applies, whether it blocks.")
final class ShowCommand implements Callable<Integer>, EnvironmentAware {

    @Parameters(index = "0", paramLabel = "CHECKLIST", description = "A built-in checklist id or a checklist file.")
    String checklist;

    @Spec
    CommandSpec spec;

    private Environment environment;

    @Override
    public void environment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Checklist loaded = ChecklistArgument.resolve(checklist, environment);
        spec.commandLine().getOut().print(ChecklistExplanation.explain(loaded));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
