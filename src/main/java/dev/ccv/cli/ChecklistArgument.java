package dev.ccv.cli;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A command-line {@code ID|FILE} that names a checklist: a file when one exists there, else a built-in id. */
final class ChecklistArgument {

    private ChecklistArgument() {
    }

    /** The checklist file the argument names, if it names one; an error when it looks like a path to nothing. */
    static Optional<Checklist> file(String argument, Environment environment) {
        Path file = environment.resolve(Path.of(argument));
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(new InputError(SourcePosition.of(argument),
                    "is a folder; give a checklist file (.yaml) or the id of a built-in checklist (see `ccv checklists`)"));
        }
        if (Files.exists(file)) {
            // a FIFO or a device is refused by the reader, with what it is, instead of being taken for an id
            return Optional.of(new ChecklistLoader().load(file, argument, argument));
        }
        if (argument.endsWith(".yaml") || argument.endsWith(".yml") || argument.contains("/")) {
            throw new InvalidInputException(new InputError(SourcePosition.of(argument),
                    "no such checklist file; give an existing file or the id of a built-in checklist (see `ccv checklists`)"));
        }
        return Optional.empty();
    }

    /**
     * The checklist the argument names, with valid checks: a file, or else a built-in id. A miss is
     * an input error naming the built-in checklists and the nearest id.
     */
    static Checklist resolve(String argument, Environment environment) {
        Checklist checklist = file(argument, environment).orElseGet(() -> builtIn(argument));
        List<InputError> errors = CheckTypes.validate(checklist);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checklist;
    }

    private static Checklist builtIn(String id) {
        List<Checklist> all = ChecklistLibrary.builtIn().all();
        List<String> ids = all.stream().map(Checklist::id).toList();
        return all.stream().filter(checklist -> checklist.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException(new InputError(SourcePosition.of(id),
                        "not a checklist file nor the id of a built-in checklist; the built-in checklists are "
                                + String.join(", ", ids), Suggestions.nearest(id, ids).orElse(null))));
    }
}
