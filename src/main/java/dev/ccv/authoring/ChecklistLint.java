package dev.ccv.authoring;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.model.Checklist;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ccv lint}: what a checklist author must fix (schema, unique ids, check parameters valid for
 * their type, scope rules, appliesTo values) and should fix (items without a description).
 */
public final class ChecklistLint {

    /** An assumed item's description says it is an assumption and why, e.g. "Assumption: ...". */
    private static final Pattern SAYS_WHY_ASSUMED = Pattern.compile("\\bassum(ed|ption)\\b", Pattern.CASE_INSENSITIVE);

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
        if (checklist.sections().isEmpty()) {
            findings.add(LintFinding.warning(checklist.position(), "the checklist has no sections, so nothing is checked"));
        }
        for (Section section : checklist.sections()) {
            if (section.items().isEmpty()) {
                findings.add(LintFinding.warning(section.position(), "section " + section.id()
                        + " has no items; add some or remove the section"));
            }
            for (Item item : section.items()) {
                if (item.description() == null || item.description().isBlank()) {
                    findings.add(LintFinding.warning(item.position(), "item " + item.id()
                            + " has no description: say what evidence satisfies it, so partners and auditors agree"));
                } else if (item.assumed() && !SAYS_WHY_ASSUMED.matcher(item.description()).find()) {
                    findings.add(LintFinding.warning(item.position(), "item " + item.id() + " is assumed, but its"
                            + " description does not say why: add a sentence such as \"Assumption: no public"
                            + " checklist states this number\""));
                }
            }
        }
        // check types report unknown parameters before bad values; authors read a file top to bottom
        findings.sort(Comparator.comparingInt((LintFinding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return findings;
    }
}
