package dev.ccv.model;

/**
 * One requirement of a checklist, as the checklist author wrote it. {@code source} says where the
 * requirement is published (null when not said); {@code assumed} marks one no public checklist confirms as written (its id or its ask).
 */
public record Item(
        String id,
        String title,
        String description,
        Severity severity,
        Scope scope,
        AppliesTo appliesTo,
        boolean allowNotApplicable,
        CheckSpec check,
        String source,
        boolean assumed,
        SourcePosition position) {

    /** An item that names no source and is not an assumption. */
    public Item(String id, String title, String description, Severity severity, Scope scope, AppliesTo appliesTo,
                boolean allowNotApplicable, CheckSpec check, SourcePosition position) {
        this(id, title, description, severity, scope, appliesTo, allowNotApplicable, check, null, false, position);
    }

    public boolean isCaseStudyScoped() {
        return scope == Scope.CASE_STUDY;
    }
}
