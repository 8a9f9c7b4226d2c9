package dev.ccv.model;

import java.time.LocalDate;
import java.util.List;

/** One piece of community work: a blog post, talk, video, open-source project and so on. */
public record Contribution(
        String id,
        ContributionType type,
        String title,
        String url,
        LocalDate date,
        List<Evidence> evidence,
        SourcePosition position) {

    public Contribution {
        evidence = List.copyOf(evidence);
    }
}
