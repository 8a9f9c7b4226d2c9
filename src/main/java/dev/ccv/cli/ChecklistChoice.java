package dev.ccv.cli;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.loading.ChecklistSubjects;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which checklist a run uses: the one the self-assessment names, looked up among the built-in
 * checklists and every {@code --checklist FILE}. A {@code --checklist ID} pins the id the
 * self-assessment must name, so that a CI job cannot be handed an application for another checklist.
 * Each checklist is read and its checks compiled once, however many bundles name it; bundles may
 * choose from several threads at once.
 */
final class ChecklistChoice implements ChecklistSubjects {

    private final ChecklistLibrary library;
    private final List<String> pinnedIds = new ArrayList<>();
    private final Map<String, CompiledChecklist> compiled = new ConcurrentHashMap<>();

    ChecklistChoice(Environment environment, List<String> options) {
        ChecklistLibrary result = ChecklistLibrary.builtIn();
        for (String option : options) {
            var file = ChecklistArgument.file(option, environment);
            if (file.isPresent()) {
                result = result.with(file.get());
            } else {
                result.find(new Located<>(option, SourcePosition.of("--checklist " + option)));
                pinnedIds.add(option);
            }
        }
        this.library = result;
    }

    /** Whether partners or individuals answer the checklist with this id; empty when there is none. */
    @Override
    public Optional<Subject> subjectOf(String id) {
        try {
            return Optional.of(library.find(new Located<>(id, SourcePosition.of("self-assessment"))).subject());
        } catch (InvalidInputException unknown) {
            // reported at the self-assessment's line when the checklist is chosen
            return Optional.empty();
        }
    }

    /**
     * The checklist the self-assessment names, compiled; a checklist whose checks are invalid is an
     * input error, thrown before anything about the self-assessment that may follow from it.
     */
    CompiledChecklist choose(SelfAssessment assessment) {
        Located<String> named = new Located<>(assessment.checklistId(),
                assessment.fieldPosition("checklist", assessment.position()));
        if (!pinnedIds.isEmpty() && !pinnedIds.contains(named.value())) {
            throw new InvalidInputException(new InputError(named.position(),
                    "the self-assessment is for checklist `" + named.value() + "` but --checklist asks for `"
                            + String.join("` or `", pinnedIds) + "`"));
        }
        CompiledChecklist known = compiled.get(named.value());
        if (known != null) {
            return known;
        }
        // a miss is an error at this self-assessment's line, so it is never remembered
        Checklist checklist = library.find(named);
        return compiled.computeIfAbsent(checklist.id(),
                id -> new CompiledChecklist(checklist, CheckTypes.compile(checklist)));
    }
}
