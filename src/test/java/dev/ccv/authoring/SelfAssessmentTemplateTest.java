package dev.ccv.authoring;

import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Checklist;
import org.junit.jupiter.api.Test;

/** What the template says about each item's evidence, and the one-line form of case-study answers. */
class SelfAssessmentTemplateTest {

    private static final Checklist CHECKLIST = checklist(
            section("business",
                    item("BR-001").with("minEvidence", 2L).build(),
                    item("BR-002").with("minEvidence", 0L).build()),
            section("architecture",
                    item("ARC-001").caseStudyScoped().with("minEvidence", 3L).build()));

    private final String template = SelfAssessmentTemplate.render(CHECKLIST);

    @Test
    void eachItemsEvidenceCommentGivesItsMinimumCount() {
        assertThat(template)
                .contains("  BR-001:\n    status: not-met   # met | not-met\n"
                        + "    evidence: []   # at least 2 references: paths in the bundle or https:// URLs\n")
                .contains("  BR-002:\n    status: not-met   # met | not-met\n"
                        + "    evidence: []   # optional: paths in the bundle or https:// URLs\n");
    }

    @Test
    void caseStudyAnswersAreOneLineEachWithTheFormToCopy() {
        assertThat(template).contains("""
                  ARC-001:
                    # One line per case study; evidence: at least 3 references, e.g.
                    #   cs-id: { status: met, evidence: [evidence/cs-id/arc-001.pdf] }
                    caseStudies:
                      cs-example: { status: not-met, evidence: [] }   # met | not-met
                """);
    }
}
