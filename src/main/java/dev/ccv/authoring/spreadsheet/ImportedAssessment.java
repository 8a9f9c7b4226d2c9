package dev.ccv.authoring.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workbook says, ready to be written as a self-assessment: the case studies (one per distinct
 * customer), the partner-level answers by item id, and the per-case-study answers by item id, then
 * case-study id. {@code source} names the workbook.
 */
public record ImportedAssessment(String source, List<ImportedCaseStudy> caseStudies,
                                 Map<String, ImportedAnswer> answers,
                                 Map<String, Map<String, ImportedAnswer>> caseStudyAnswers) {

    public ImportedAssessment {
        caseStudies = List.copyOf(caseStudies);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        caseStudyAnswers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(caseStudyAnswers));
    }

    public ImportedAnswer answer(String itemId, String caseStudyId) {
        if (caseStudyId == null) {
            return answers.get(itemId);
        }
        Map<String, ImportedAnswer> byCaseStudy = caseStudyAnswers.get(itemId);
        return byCaseStudy == null ? null : byCaseStudy.get(caseStudyId);
    }
}
