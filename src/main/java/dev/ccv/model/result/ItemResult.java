package dev.ccv.model.result;

import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import java.util.List;

/**
 * The evaluation of one item, once for partner scope ({@code caseStudyId} null) or once per case
 * study. {@code location} is the input line the result concerns.
 */
public record ItemResult(
        String itemId,
        String sectionId,
        String caseStudyId,
        Severity severity,
        ResultStatus status,
        List<String> messages,
        SourcePosition location) {

    public ItemResult {
        messages = List.copyOf(messages);
    }
}
