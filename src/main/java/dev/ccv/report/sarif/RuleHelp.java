package dev.ccv.report.sarif;

import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Scope;
import dev.ccv.model.Severity;

/**
 * A rule's {@code help}: what a code-scanning alert shows under "Rule help". GitHub requires it on
 * every rule; ccv says what the item asks for, whether an unmet result blocks the competency, and
 * where in the self-assessment it is answered.
 *
 * @param text     plain text
 * @param markdown the same in Markdown (GitHub shows this one)
 */
public record RuleHelp(String text, String markdown) {

    public static RuleHelp of(Item item) {
        String asks = item.description() == null || item.description().isBlank() ? item.title() : item.description();
        String weight = item.severity() == Severity.REQUIRED
                ? "Required: an unmet result is a critical finding, which blocks the competency until it is remediated."
                : "Recommended: an unmet result is an observation, reported but never blocking.";
        String text = item.id() + ": " + item.title() + "\n\n" + asks + "\n\n" + weight;
        String markdown = "**" + escape(item.id() + ": " + item.title()) + "**\n\n" + escape(asks) + "\n\n" + weight;
        if (isAnsweredInResponses(item)) {
            String key = item.scope() == Scope.CASE_STUDY
                    ? "responses." + item.id() + ".caseStudies" : "responses." + item.id();
            String answered = item.scope() == Scope.CASE_STUDY
                    ? "Answered once per case study, under " : "Answered under ";
            text += "\n" + answered + key + " in the self-assessment.";
            // item ids are letters, digits and '-', safe inside a code span
            markdown += "\n\n" + answered + "`" + key + "` in the self-assessment.";
        }
        return new RuleHelp(text, markdown);
    }

    /** Items the partner answers with a response; the others are read from the self-assessment's own fields. */
    private static boolean isAnsweredInResponses(Item item) {
        String type = item.check().type();
        return type.equals(CheckSpec.DEFAULT_TYPE) || type.equals("at-least");
    }

    /** Markdown's inline markers written as text, so a checklist's words cannot become markup. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
