package dev.ccv.loading;

import dev.ccv.model.InputError;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns snakeyaml's exceptions into short messages for people, without a stack trace. */
final class SyntaxErrors {

    static final String TOO_LARGE = "the file is too large (more than 64 MiB of text)";

    private SyntaxErrors() {
    }

    static InputError describe(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourcePosition position = mark == null ? SourcePosition.of(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
        String limit = limitMessage(e.getProblem());
        return new InputError(position, limit != null ? limit : message(e.getProblem(), e.getContext()));
    }

    /** The limits snakeyaml enforces without a position. */
    static String limit(YAMLException e) {
        String limit = limitMessage(e.getMessage());
        return limit != null ? limit : "invalid YAML: " + e.getMessage();
    }

    private static String limitMessage(String problem) {
        String text = problem == null ? "" : problem;
        if (text.startsWith("Number of aliases")) {
            return "the document uses more than " + YamlReader.MAX_ALIASES_FOR_COLLECTIONS
                    + " aliases (`*name`) to lists or mappings; refused as a possible \"billion laughs\" attack";
        }
        if (text.startsWith("Nesting Depth exceeded")) {
            return "the document is nested more than " + YamlReader.MAX_NESTING_DEPTH + " levels deep";
        }
        if (text.contains("exceeds the limit")) {
            return TOO_LARGE;
        }
        return null;
    }

    private static String message(String problem, String context) {
        String text = problem == null ? "" : problem;
        if (text.contains("\\t(TAB)")) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        if (text.startsWith("mapping values are not allowed here")) {
            return "invalid YAML: a `:` where no mapping can start here;"
                    + " check the indentation, or quote a value that contains `: `";
        }
        if (text.startsWith("found undefined alias")) {
            return "invalid YAML: the alias `*" + text.substring("found undefined alias".length()).trim()
                    + "` names no anchor defined before it";
        }
        if (context != null && context.startsWith("while scanning a quoted scalar")) {
            return "invalid YAML: a quoted text is not closed";
        }
        String where = context == null ? "" : " (" + context + ")";
        return "invalid YAML: " + text + where;
    }
}
