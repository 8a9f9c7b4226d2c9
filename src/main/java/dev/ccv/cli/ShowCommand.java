package dev.ccv.cli;

import dev.ccv.authoring.ChecklistExplanation;
import dev.ccv.model.Checklist;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv show}: a checklist explained in plain language. */
final class ShowCommand extends Subcommand {

    private final PositionalParamSpec checklist = add(PositionalParamSpec.builder()
            .index("0").required(true).type(String.class)
            .paramLabel("CHECKLIST").description("A built-in checklist id or a checklist file.").build());

    ShowCommand(Environment environment) {
        super(environment, "show",
                "Explains a checklist: each item, what it needs, when it applies, whether it blocks.");
    }

    @Override
    public Integer call() {
        Checklist loaded = ChecklistArgument.resolve(checklist.getValue(), environment());
        out().print(ChecklistExplanation.explain(loaded));
        out().flush();
        return 0;
    }
}
