package dev.ccv.cli;

import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.model.Checklist;
import dev.ccv.model.Publication;
import dev.ccv.model.Validity;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** {@code ccv checklists}: the built-in checklists and any given with {@code --checklist}. */
final class ChecklistsCommand extends Subcommand {

    private final OptionSpec files = add(OptionSpec.builder("--checklist").type(List.class)
            .auxiliaryTypes(String.class).paramLabel("FILE").description("A checklist file to list too. Repeatable.")
            .build());

    private final OptionSpec asOf = add(OptionSpec.builder("--as-of").type(LocalDate.class)
            .converters(new DateConverter()).paramLabel("YYYY-MM-DD")
            .description("The date each version's validity is judged on (default: today).").build());

    ChecklistsCommand(Environment environment) {
        super(environment, "checklists", "Lists the built-in checklists (and any --checklist files): id, offering,"
                + " version, items, validity and whether it is still accepted, title.");
    }

    @Override
    public Integer call() {
        ChecklistLibrary library = ChecklistLibrary.builtIn();
        for (String file : Subcommand.<String>values(files)) {
            library = library.with(ChecklistArgument.resolve(file, environment()));
        }
        PrintWriter out = out();
        List<Checklist> all = library.all();
        LocalDate date = asOf.getValue() == null ? environment().today() : asOf.getValue();
        int idWidth = all.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        String row = "%-" + idWidth + "s  %-8s  %-8s  %5s  %-10s  %-10s  %-10s  %-11s  %s%n";
        out.printf(row, "ID", "OFFERING", "VERSION", "ITEMS", "FROM", "UNTIL", "ACCEPTED", "STATE", "TITLE");
        for (Checklist checklist : all) {
            Publication publication = checklist.publication();
            Validity validity = publication.validity();
            out.printf(row, checklist.id(), publication.offering() == null ? "-" : publication.offering().yamlName(),
                    checklist.version(), checklist.itemCount(), validity == null ? "-" : validity.from(),
                    validity == null ? "-" : validity.until(), validity == null ? "-" : validity.acceptedUntil(),
                    state(validity, date), checklist.title());
        }
        out.printf("%nSTATE as of %s. superseded: still accepted, a newer version is expected;"
                + " EXPIRED: no longer accepted, validating against it fails.%n", date);
        out.flush();
        return 0;
    }

    private static String state(Validity validity, LocalDate date) {
        if (validity == null) {
            return "-";
        }
        return switch (validity.standingOn(date)) {
            case NOT_YET_VALID -> "not yet";
            case VALID -> "in force";
            case SUPERSEDED -> "superseded";
            case EXPIRED -> "EXPIRED";
        };
    }
}
