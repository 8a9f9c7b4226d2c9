package dev.ccv.engine;

import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.ResultStatus;
import java.util.List;

/** What a check found: the status, messages for the reader, and the input line it concerns. */
public record CheckOutcome(ResultStatus status, List<String> messages, SourcePosition location) {

    public CheckOutcome {
        messages = List.copyOf(messages);
    }

    public static CheckOutcome met(SourcePosition location, String... messages) {
        return new CheckOutcome(ResultStatus.MET, List.of(messages), location);
    }

    public static CheckOutcome met(SourcePosition location, List<String> messages) {
        return new CheckOutcome(ResultStatus.MET, messages, location);
    }

    public static CheckOutcome unmet(SourcePosition location, List<String> messages) {
        return new CheckOutcome(ResultStatus.UNMET, messages, location);
    }

    public static CheckOutcome unmet(SourcePosition location, String message) {
        return unmet(location, List.of(message));
    }

    public static CheckOutcome notApplicable(SourcePosition location, String... messages) {
        return new CheckOutcome(ResultStatus.NOT_APPLICABLE, List.of(messages), location);
    }
}
