package dev.ccv.loading;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test helpers: the rendered input errors a call throws, and the test resources of this package. */
final class Errors {

    private Errors() {
    }

    static List<String> of(ThrowingCallable call) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, call);
        if (thrown == null) {
            throw new AssertionError("expected an InvalidInputException, but none was thrown");
        }
        return thrown.errors().stream().map(InputError::render).toList();
    }

    static Path resource(String name) {
        try {
            return Path.of(Errors.class.getClassLoader().getResource("loading/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
