package dev.ccv.cli;

import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Which checklist a run uses: the one the self-assessment names, looked up among the built-in
 * checklists and every {@code --checklist FILE}. A {@code --checklist ID} pins the id the
 * self-assessment must name, so that a CI job cannot be handed an application for another checklist.
 */
final class ChecklistChoice {

    private final ChecklistLibrary library;
    private final List<String> pinnedIds = new ArrayList<>();

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

    Checklist choose(SelfAssessment assessment) {
        Located<String> named = new Located<>(assessment.checklistId(),
                assessment.fieldPosition("checklist", assessment.position()));
        if (!pinnedIds.isEmpty() && !pinnedIds.contains(named.value())) {
            throw new InvalidInputException(new InputError(named.position(),
                    "the self-assessment is for checklist `" + named.value() + "` but --checklist asks for `"
                            + String.join("` or `", pinnedIds) + "`"));
        }
        return library.find(named);
    }
}
