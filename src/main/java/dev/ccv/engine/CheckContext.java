package dev.ccv.engine;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;

/**
 * What a check sees: the item, the self-assessment, the case study being evaluated (null for
 * partner scope), the case studies still under consideration, and the date recency is measured from.
 */
public record CheckContext(
        Item item,
        SelfAssessment assessment,
        CaseStudy caseStudy,
        List<CaseStudy> consideredCaseStudies,
        LocalDate asOf) {

    public CheckContext {
        consideredCaseStudies = List.copyOf(consideredCaseStudies);
    }
}
