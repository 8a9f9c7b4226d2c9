package dev.ccv.files;

import dev.ccv.model.InputError;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files one run reads (self-assessment, audit record, input zip, checklists, evidence, manifest),
 * so that no file the run writes replaces one of them: {@code --report json=b/self-assessment.yaml}
 * is an input error naming both, before anything is written.
 *
 * <p>A file is known by where it really is: its folder without links, plus its name, and for a
 * file that is itself a link also where the link leads (a read follows it). An output is known by
 * its folder without links plus its name, not following a link at the name itself, since
 * {@link OutputFile} replaces such a link instead of writing through it.
 */
public final class RunInputs {

    private final Map<Path, String> inputs = new LinkedHashMap<>();

    /** Adds a file the run reads, shown as {@code displayName} in messages. Missing files are ignored. */
    public RunInputs add(Path file, String displayName) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return this;
        }
        inputs.putIfAbsent(place(file), displayName);
        try {
            inputs.putIfAbsent(file.toRealPath(), displayName);
        } catch (IOException e) {
            // a dangling link: nothing is read through it
        }
        return this;
    }

    /**
     * The input error at {@code outputName} when writing {@code output} would replace a file this run
     * reads; {@code what} says what would be written ("the json report"). Empty when it would not.
     */
    public Optional<InputError> overwrites(Path output, String outputName, String what) {
        String input = inputs.get(place(output));
        return input == null ? Optional.empty() : Optional.of(new InputError(SourcePosition.of(outputName),
                what + " would replace `" + input + "`, which this run reads; write it to another file"));
    }

    /** Where a name really is: the nearest existing folder on its path without links, then the rest as written. */
    private static Path place(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null) {
            return absolute;
        }
        Path folder = absolute.getParent();
        List<Path> missing = new ArrayList<>();
        while (folder != null) {
            try {
                Path real = folder.toRealPath();
                for (int i = missing.size() - 1; i >= 0; i--) {
                    real = real.resolve(missing.get(i));
                }
                return real.resolve(name);
            } catch (IOException e) {
                missing.add(folder.getFileName());
                folder = folder.getParent();
            }
        }
        return absolute;
    }
}
