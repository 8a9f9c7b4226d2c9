package dev.ccv.loading;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.Subject;

import java.util.List;

/**
 * What an individual checklist ({@code subject: individual}) cannot have: an individual has no
 * solution and no case studies, so neither solution categories, deployment types, case-study scope
 * nor the appliesTo conditions about them mean anything there.
 */
final class IndividualChecklistRules {

    private IndividualChecklistRules() {
    }

    static void check(YamlMap top, List<Section> sections, Problems problems) {
        for (String key : List.of("solutionCategories", "deploymentTypes")) {
            if (top.has(key)) {
                problems.add(top.keyPosition(key), "`" + key + "` belongs to a partner checklist; "
                        + Subject.INDIVIDUAL.checklistPhrase() + " has no solution: remove it");
            }
        }
        for (Section section : sections) {
            if (!section.appliesTo().equals(AppliesTo.ALWAYS)) {
                problems.add(section.position(), "section " + section.id() + " has `appliesTo`, which "
                        + Subject.INDIVIDUAL.checklistPhrase() + " cannot use: an individual has no solution"
                        + " or case studies; remove it");
            }
            for (Item item : section.items()) {
                check(item, problems);
            }
        }
    }

    private static void check(Item item, Problems problems) {
        if (item.isCaseStudyScoped()) {
            problems.add(item.position(), "item " + item.id() + " is case-study-scoped, but "
                    + Subject.INDIVIDUAL.checklistPhrase() + " has no case studies: write `scope: partner`"
                    + " or leave `scope` out");
        }
        if (!item.appliesTo().equals(AppliesTo.ALWAYS)) {
            problems.add(item.position(), "item " + item.id() + " has `appliesTo`, which "
                    + Subject.INDIVIDUAL.checklistPhrase() + " cannot use: an individual has no solution"
                    + " or case studies; remove it");
        }
    }
}
