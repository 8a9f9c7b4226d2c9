package dev.ccv.yaml;

import dev.ccv.model.InputError;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns snakeyaml's exceptions into short messages for people that say what to write instead. */
final class SyntaxErrors {

    static final String TOO_LARGE = "the file is too large (more than 64 MiB of text)";

    private static final Pattern CANNOT_START = Pattern.compile(
            "found character '(.)' that cannot start any token.*|expected the node content, but found '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (.)\\(\\d+\\)");

    private SyntaxErrors() {
    }

    static InputError describe(MarkedYAMLException e, String file) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String limit = limitMessage(problem);
        if (limit != null) {
            return new InputError(at(mark, file), limit);
        }
        if (context.startsWith("while scanning a quoted scalar") && e.getContextMark() != null) {
            // the end of the file is where snakeyaml noticed; the opening quote is what to fix
            return new InputError(at(e.getContextMark(), file), "invalid YAML: the quoted text that starts here"
                    + " is not closed; add the closing " + quoteAt(e.getContextMark()));
        }
        return new InputError(at(mark, file), readable(message(problem, context, mark, e.getContextMark())));
    }

    /** The limits snakeyaml enforces without a position. */
    static String limit(YAMLException e) {
        String limit = limitMessage(e.getMessage());
        return limit != null ? limit : readable("invalid YAML: " + e.getMessage());
    }

    private static String limitMessage(String problem) {
        String text = problem == null ? "" : problem;
        if (text.startsWith("Number of aliases")) {
            return "the document uses more than " + YamlReader.MAX_ALIASES_FOR_COLLECTIONS
                    + " aliases (`*name`) to lists or mappings; refused as a possible \"billion laughs\" attack";
        }
        if (text.startsWith("Nesting Depth exceeded")) {
            return "the document is nested more than " + YamlReader.MAX_NESTING_DEPTH
                    + " levels deep here; flatten it";
        }
        if (text.contains("exceeds the limit")) {
            return TOO_LARGE;
        }
        if (text.startsWith("A simple key is required only if it is the first token")) {
            return "invalid YAML: a key (`name:`) cannot start in the middle of a line here;"
                    + " put it on a line of its own, or quote the value that contains `: `";
        }
        return null;
    }

    private static String message(String problem, String context, Mark mark, Mark contextMark) {
        if (problem.contains("\\t(TAB)")) {
            return isIndentation(mark) ? "a tab is used for indentation; indent with spaces instead"
                    : "a tab is not allowed here; write a space instead";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "invalid YAML: a `:` where no mapping can start here;"
                    + " check the indentation, or quote a value that contains `: `";
        }
        if (problem.startsWith("found undefined alias")) {
            return "invalid YAML: the alias `*" + problem.substring("found undefined alias".length()).trim()
                    + "` names no anchor defined before it; define it with `&name`, or quote a value starting with `*`";
        }
        if (problem.startsWith("sequence entries are not allowed here")) {
            return "invalid YAML: a list entry `- ` cannot follow a key on its line;"
                    + " put the entries on the lines below, indented, or write [a, b]";
        }
        String structural = structural(problem, context, contextMark);
        if (structural != null) {
            return structural;
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.matches()) {
            String character = cannotStart.group(1) != null ? cannotStart.group(1) : cannotStart.group(2);
            return "invalid YAML: a value cannot start with " + (character.equals("`") ? "a backtick"
                    : "`" + character + "`") + "; put the value in quotes";
        }
        Matcher escape = ESCAPE.matcher(problem);
        if (escape.find()) {
            return "invalid YAML: `\\" + escape.group(1) + "` is not an escape double quotes allow;"
                    + " write `\\\\` for a backslash, or use single quotes";
        }
        return "invalid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")");
    }

    /** Unclosed brackets and lines that leave the indentation of the block they are in. */
    private static String structural(String problem, String context, Mark contextMark) {
        String where = contextMark == null ? "" : " on line " + (contextMark.getLine() + 1);
        if (context.startsWith("while parsing a flow sequence")) {
            return "invalid YAML: the list opened with `[`" + where + " is not closed here;"
                    + " close it with `]`, and quote entries that contain `:`, `,` or brackets";
        }
        if (context.startsWith("while parsing a flow mapping")) {
            return "invalid YAML: the mapping opened with `{`" + where + " is not closed here;"
                    + " close it with `}`, and quote values that contain `:`, `,` or brackets";
        }
        if (!problem.startsWith("expected <block end>") || contextMark == null) {
            return null;
        }
        String column = " (column " + (contextMark.getColumn() + 1) + ")";
        if (context.startsWith("while parsing a block mapping")) {
            return "invalid YAML: this line does not line up with the keys of the mapping that starts"
                    + where + column + "; indent keys of one mapping equally, and values further than their key";
        }
        return "invalid YAML: this line does not line up with the list that starts" + where + column
                + "; start each entry with `- ` at the same indentation";
    }

    private static boolean isIndentation(Mark mark) {
        if (mark == null || mark.getBuffer() == null) {
            return true;
        }
        int[] buffer = mark.getBuffer();
        for (int i = mark.getPointer() - 1; i >= 0 && buffer[i] != '\n'; i--) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String quoteAt(Mark mark) {
        int[] buffer = mark.getBuffer();
        boolean single = buffer != null && mark.getPointer() < buffer.length && buffer[mark.getPointer()] == '\'';
        return single ? "`'`" : "`\"`";
    }

    /** snakeyaml quotes the characters it found as they are; a message must stay on one line. */
    private static String readable(String message) {
        return OneLine.of(message);
    }

    private static SourcePosition at(Mark mark, String file) {
        return mark == null ? SourcePosition.of(file) : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
