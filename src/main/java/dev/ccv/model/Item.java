package dev.ccv.model;

/** One requirement of a checklist, as the checklist author wrote it. */
public record Item(
        String id,
        String title,
        String description,
        Severity severity,
        Scope scope,
        AppliesTo appliesTo,
        boolean allowNotApplicable,
        CheckSpec check,
        SourcePosition position) {

    public boolean isCaseStudyScoped() {
        return scope == Scope.CASE_STUDY;
    }
}
