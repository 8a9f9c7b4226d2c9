package dev.ccv.authoring;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.model.AppliesTo;
import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Publication;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;

/** {@code ccv show}: a checklist in plain language — each item, what it needs, when it applies, whether it blocks. */
public final class ChecklistExplanation {

    private static final int WIDTH = 96;
    private static final int ID_COLUMN = 10;
    private static final String INDENT = " ".repeat(ID_COLUMN);
    private final StringBuilder text = new StringBuilder();
    /** Who answers the checklist: "partner" or "applicant". */
    private final String answeredBy;

    private ChecklistExplanation(Subject subject) {
        this.answeredBy = subject == Subject.INDIVIDUAL ? "applicant" : "partner";
    }

    public static String explain(Checklist checklist) {
        ChecklistExplanation explanation = new ChecklistExplanation(checklist.subject());
        explanation.header(checklist);
        for (Section section : checklist.sections()) {
            explanation.section(section);
        }
        return explanation.text.toString();
    }

    private void header(Checklist checklist) {
        line(checklist.title());
        line("id " + checklist.id() + ", version " + checklist.version() + ", "
                + count(checklist.itemCount(), "item") + " in " + count(checklist.sections().size(), "section")
                + " (" + checklist.source() + ")");
        if (!checklist.solutionCategories().isEmpty()) {
            line("Solution categories: " + String.join(", ", checklist.solutionCategories()));
        }
        if (!checklist.deploymentTypes().isEmpty()) {
            line("Deployment types: " + String.join(", ", checklist.deploymentTypes()));
        }
        publication(checklist);
        wrapped("", "Every unmet required item is a critical finding and blocks the competency until remediated;"
                + " an unmet recommended item is an observation and never blocks.");
    }

    /** Which public document the checklist follows, when it is valid, and which items are assumptions. */
    private void publication(Checklist checklist) {
        Publication publication = checklist.publication();
        if (publication.offering() != null) {
            line("Offering: " + publication.offering().yamlName() + " (" + publication.offering().awsTitle() + ")");
        }
        if (publication.url() != null) {
            wrapped("", "Source: " + publication.url());
        }
        if (publication.validity() != null) {
            line("Valid: " + publication.validity().describe());
        }
        List<String> assumed = checklist.assumedItems().stream().map(Item::id).toList();
        if (!assumed.isEmpty()) {
            wrapped("", "Assumed (not confirmed as written by a public checklist): " + String.join(", ", assumed));
        }
    }

    private void section(Section section) {
        line("");
        line("== " + section.title() + " (" + section.id() + ") ==");
        if (!section.appliesTo().isAlways()) {
            wrapped("", "The whole section applies only " + conditions(section.appliesTo()) + ".");
        }
        for (Item item : section.items()) {
            item(section, item);
        }
    }

    private void item(Section section, Item item) {
        line("");
        line(String.format("%-" + (ID_COLUMN - 1) + "s %s", item.id(), item.title()));
        wrapped(INDENT, (item.severity() == Severity.REQUIRED ? "Required: blocks when unmet" : "Recommended: never blocks")
                + "; " + (item.isCaseStudyScoped() ? "checked for each case study" : "checked once for the " + answeredBy)
                + (item.allowNotApplicable() ? "; may be answered not-applicable, with notes saying why" : "") + ".");
        wrapped(INDENT, "Needs: " + CheckTypes.of(item).describe(item.check()));
        AppliesTo appliesTo = appliesToOrNull(section, item);
        wrapped(INDENT, "Applies: " + (appliesTo == null ? "never (its conditions contradict its section's)."
                : appliesTo.isAlways() ? "always." : "only " + conditions(appliesTo) + "."));
        if (item.description() != null && !item.description().isBlank()) {
            wrapped(INDENT, item.description());
        }
        if (item.source() != null) {
            wrapped(INDENT, "Source: " + item.source());
        }
        if (item.assumed()) {
            wrapped(INDENT, "Assumed: no public checklist confirms this requirement as written.");
        }
    }

    private static AppliesTo appliesToOrNull(Section section, Item item) {
        try {
            return section.appliesToOf(item);
        } catch (IllegalArgumentException contradiction) {
            return null;
        }
    }

    static String conditions(AppliesTo appliesTo) {
        List<String> parts = new ArrayList<>();
        if (appliesTo.solutionCategories() != null) {
            parts.add("when the solution category is " + String.join(" or ", appliesTo.solutionCategories()));
        }
        if (appliesTo.deploymentTypes() != null) {
            parts.add("when the deployment type is " + String.join(" or ", appliesTo.deploymentTypes()));
        }
        if (appliesTo.operatesAwsEnvironment() != null) {
            parts.add(appliesTo.operatesAwsEnvironment() ? "when the partner configures or operates an AWS environment"
                    : "when the partner does not operate an AWS environment");
        }
        if (appliesTo.publicCaseStudy() != null) {
            parts.add(appliesTo.publicCaseStudy() ? "to public case studies" : "to non-public case studies");
        }
        return String.join(", and ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void wrapped(String indent, String content) {
        for (String part : Paragraph.wrap(content, WIDTH - indent.length())) {
            line(indent + part);
        }
    }

    private void line(String content) {
        text.append(content).append('\n');
    }
}
