package dev.ccv.cli;

import dev.ccv.authoring.Schemas;
import dev.ccv.engine.Suggestions;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccv schema}: prints the JSON Schema of one of ccv's files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (2020-12) of a checklist, self-assessment, audit record or JSON report.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = Schemas.text(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown schema `" + name + "`; the schemas are: " + String.join(", ", Schemas.NAMES)
                        + Suggestions.closest(name, Schemas.NAMES).map(s -> " (did you mean `" + s + "`?)").orElse("")));
        spec.commandLine().getOut().print(schema);
        spec.commandLine().getOut().flush();
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
