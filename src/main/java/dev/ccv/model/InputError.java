package dev.ccv.model;

/** One problem with the user's input, with where it is and, when one is close, what to write instead. */
public record InputError(SourcePosition position, String message, String suggestion) {

    public InputError(SourcePosition position, String message) {
        this(position, message, null);
    }

    /** The line a user sees: {@code file:line:column: message (did you mean `x`?)}. */
    public String render() {
        String text = position + ": " + message;
        return suggestion == null ? text : text + " (did you mean `" + suggestion + "`?)";
    }
}
