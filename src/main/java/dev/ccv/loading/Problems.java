package dev.ccv.loading;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.yaml.OneLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the input errors found while reading, so that a user sees them all in one run. */
final class Problems {

    /** Bounds memory for a file with errors on every line; how many are shown is the command line's choice. */
    static final int LIMIT = 1000;

    private final List<InputError> errors = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private int dropped;

    void add(SourcePosition position, String message) {
        add(new InputError(position, message, null));
    }

    void add(SourcePosition position, String message, String suggestion) {
        add(new InputError(position, message, suggestion));
    }

    void add(InputError error) {
        error = new InputError(error.position(), OneLine.of(error.message()),
                error.suggestion() == null ? null : OneLine.of(error.suggestion()));
        if (errors.size() >= LIMIT) {
            dropped++;
            return;
        }
        if (!files.contains(error.position().file())) {
            files.add(error.position().file());
        }
        errors.add(error);
    }

    /** The most of a value a message quotes: enough to find it, never a whole file's secret. */
    static final int EXCERPT_CODE_POINTS = 40;

    /**
     * What a message quotes of a value read from a file: on one line, and at most
     * {@value #EXCERPT_CODE_POINTS} characters, then "…".
     */
    static String excerpt(String text) {
        String line = OneLine.of(text);
        if (line.codePointCount(0, line.length()) <= EXCERPT_CODE_POINTS) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT_CODE_POINTS)) + "…";
    }

    void addAll(List<InputError> more) {
        more.forEach(this::add);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws every error collected so far, in file order (files in the order they were met). */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.<InputError>comparingInt(e -> files.indexOf(e.position().file()))
                .thenComparingInt(e -> e.position().line())
                .thenComparingInt(e -> e.position().column()));
        if (dropped > 0) {
            SourcePosition last = sorted.get(sorted.size() - 1).position();
            sorted.add(new InputError(SourcePosition.of(last.file()),
                    dropped + " more error(s) not shown; fix the ones above first"));
        }
        throw new InvalidInputException(sorted);
    }
}
