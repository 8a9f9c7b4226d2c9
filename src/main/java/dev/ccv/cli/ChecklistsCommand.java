package dev.ccv.cli;

import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.model.Checklist;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** {@code ccv checklists}: the built-in checklists and any given with {@code --checklist}. */
final class ChecklistsCommand extends Subcommand {

    private final OptionSpec files = add(OptionSpec.builder("--checklist").type(List.class)
            .auxiliaryTypes(String.class).paramLabel("FILE").description("A checklist file to list too. Repeatable.")
            .build());

    ChecklistsCommand(Environment environment) {
        super(environment, "checklists",
                "Lists the built-in checklists (and any --checklist files): id, version, items, title.");
    }

    @Override
    public Integer call() {
        ChecklistLibrary library = ChecklistLibrary.builtIn();
        for (String file : Subcommand.<String>values(files)) {
            library = library.with(ChecklistArgument.resolve(file, environment()));
        }
        PrintWriter out = out();
        List<Checklist> all = library.all();
        int idWidth = all.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        out.printf("%-" + idWidth + "s  %-8s  %5s  %s%n", "ID", "VERSION", "ITEMS", "TITLE");
        for (Checklist checklist : all) {
            out.printf("%-" + idWidth + "s  %-8s  %5d  %s%n", checklist.id(), checklist.version(),
                    checklist.itemCount(), checklist.title());
        }
        out.flush();
        return 0;
    }
}
