package dev.ccv.cli;

import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A command-line {@code ID|FILE} that names a checklist: a file when one exists there, else a built-in id. */
final class ChecklistArgument {

    private ChecklistArgument() {
    }

    /** The checklist file the argument names, if it names one; an error when it looks like a path to nothing. */
    static Optional<Checklist> file(String argument, Environment environment) {
        Path file = environment.resolve(Path.of(argument));
        if (Files.isRegularFile(file)) {
            return Optional.of(new ChecklistLoader().load(file, argument, argument));
        }
        if (argument.endsWith(".yaml") || argument.endsWith(".yml") || argument.contains("/")) {
            throw new InvalidInputException(new InputError(SourcePosition.of(argument),
                    "no such checklist file; give an existing file or the id of a built-in checklist (see `ccv checklists`)"));
        }
        return Optional.empty();
    }

    static Checklist resolve(String argument, Environment environment) {
        return file(argument, environment).orElseGet(() -> ChecklistLibrary.builtIn()
                .find(new Located<>(argument, SourcePosition.of("checklist `" + argument + "`"))));
    }
}
