package dev.ccv.cli;

import dev.ccv.authoring.Schemas;
import dev.ccv.model.Suggestions;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv schema}: prints the JSON Schema of one of ccv's files. */
final class SchemaCommand extends Subcommand {

    private final PositionalParamSpec nameArgument = add(PositionalParamSpec.builder()
            .index("0").required(true).type(String.class)
            .paramLabel("NAME").completionCandidates(new Names())
            .description("One of: ${COMPLETION-CANDIDATES}.").build());

    SchemaCommand(Environment environment) {
        super(environment, "schema",
                "Prints the JSON Schema (2020-12) of a checklist, self-assessment, audit record, JSON report or"
                        + " batch summary.");
    }

    @Override
    public Integer call() {
        String name = nameArgument.getValue();
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
