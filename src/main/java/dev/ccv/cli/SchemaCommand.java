package dev.ccv.cli;

import dev.ccv.authoring.Schemas;
import dev.ccv.model.Suggestions;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ccv schema}: prints the JSON Schema of one of ccv's files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (2020-12) of a checklist, self-assessment, audit record or JSON report.")
final class SchemaCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String name;

    @Override
    public Integer call() {
        String schema = Schemas.text(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown schema `" + name + "`; the schemas are: " + String.join(", ", Schemas.NAMES)
                        + Suggestions.nearest(name, Schemas.NAMES).map(s -> " (did you mean `" + s + "`?)").orElse("")));
        out().print(schema);
        out().flush();
        return 0;
    }

    /** The schema names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Schemas.NAMES.iterator();
        }
    }
}
