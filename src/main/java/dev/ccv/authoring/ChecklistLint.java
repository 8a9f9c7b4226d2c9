package dev.ccv.authoring;

import dev.ccv.engine.CheckTypes;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.model.Checklist;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ccv lint}: what a checklist author must fix (schema, unique ids, check parameters valid for
 * their type, scope rules, appliesTo values) and should fix (items without a description).
 */
public final class ChecklistLint {

    private ChecklistLint() {
    }

    public static List<LintFinding> lint(Path file, String displayName) {
        Checklist checklist;
        try {
            checklist = new ChecklistLoader().load(file, displayName, displayName);
        } catch (InvalidInputException invalid) {
            return invalid.errors().stream().map(LintFinding::error).toList();
        }
        List<LintFinding> findings = new ArrayList<>();
        CheckTypes.validate(checklist).stream().map(LintFinding::error).forEach(findings::add);
        for (Section section : checklist.sections()) {
            for (Item item : section.items()) {
                if (item.description() == null || item.description().isBlank()) {
                    findings.add(LintFinding.warning(item.position(), "item " + item.id()
                            + " has no description: say what evidence satisfies it, so partners and auditors agree"));
                }
                try {
                    section.appliesToOf(item);
                } catch (IllegalArgumentException contradiction) {
                    findings.add(LintFinding.warning(item.position(), "item " + item.id()
                            + " can never apply: its appliesTo contradicts its section's"));
                }
            }
        }
        return findings;
    }
}
