package dev.ccv.model.result;

/**
 * A case study as reports show it: whether it is still under consideration and, if removed, why.
 * {@code customer} and {@code url} are what redaction replaces for non-public case studies.
 */
public record CaseStudyStatus(String id, String customer, String url, boolean isPublic, boolean considered,
                              String removedBecause) {
}
