package dev.ccv.model;

import java.util.List;

/** The input cannot be evaluated; carries every error found (exit code 2). */
public final class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).render());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
