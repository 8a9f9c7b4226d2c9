package dev.ccv.authoring;

import dev.ccv.model.InputError;
import dev.ccv.model.SourcePosition;

/** One thing {@code ccv lint} says about a checklist: an error (exit 2) or a warning. */
public record LintFinding(boolean error, SourcePosition position, String message, String suggestion) {

    static LintFinding error(InputError inputError) {
        return new LintFinding(true, inputError.position(), inputError.message(), inputError.suggestion());
    }

    static LintFinding warning(SourcePosition position, String message) {
        return new LintFinding(false, position, message, null);
    }

    public String render() {
        String text = position + ": " + (error ? "error: " : "warning: ") + message;
        return suggestion == null ? text : text + " (did you mean `" + suggestion + "`?)";
    }
}
