package dev.ccv.engine;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.Located;
import dev.ccv.model.Placeholder;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values still holding a placeholder of the {@code ccv init} template: each is an unmet result of
 * the reserved item {@value #ITEM_ID}, at the value's line, and so a blocking critical finding.
 * No check needs to read the field for it to count: a template never passes by accident.
 */
final class UnfinishedValues {

    /** The reserved item these results belong to; checklist item ids can never take this form. */
    static final String ITEM_ID = "TEMPLATE-PLACEHOLDER";
    /** The reserved section of {@link #ITEM_ID}. */
    static final String SECTION_ID = "self-assessment";

    private static final Comparator<Map.Entry<String, Located<Object>>> BY_POSITION =
            Comparator.comparingInt((Map.Entry<String, Located<Object>> e) -> e.getValue().position().line())
                    .thenComparingInt(e -> e.getValue().position().column());

    private UnfinishedValues() {
    }

    /** One result per unfinished value, in file order: the partner's fields, then each case study's. */
    static List<ItemResult> find(SelfAssessment assessment) {
        List<ItemResult> results = new ArrayList<>();
        collect(assessment.fields(), null, results);
        for (CaseStudy caseStudy : assessment.caseStudies()) {
            collect(caseStudy.fields(), caseStudy.id(), results);
        }
        return results;
    }

    static Finding finding(ItemResult result) {
        return FindingRule.of(result, Optional.empty(), Map.of());
    }

    private static void collect(Map<String, Located<Object>> fields, String caseStudyId, List<ItemResult> results) {
        List<Map.Entry<String, Located<Object>>> ordered = new ArrayList<>(fields.entrySet());
        ordered.sort(BY_POSITION);
        for (Map.Entry<String, Located<Object>> field : ordered) {
            Optional<String> instead = Placeholder.whatToWriteInstead(field.getValue().value());
            if (instead.isPresent()) {
                results.add(unfinished(field.getKey(), caseStudyId, instead.get(), field.getValue().position()));
            }
        }
    }

    private static ItemResult unfinished(String field, String caseStudyId, String instead, SourcePosition position) {
        String where = caseStudyId == null ? "`" + field + "`" : "`" + field + "` of case study " + caseStudyId;
        return new ItemResult(ITEM_ID, SECTION_ID, caseStudyId, Severity.REQUIRED, ResultStatus.UNMET,
                List.of("unfinished: " + where + " still holds the ccv init template's placeholder; write "
                        + instead), position);
    }
}
