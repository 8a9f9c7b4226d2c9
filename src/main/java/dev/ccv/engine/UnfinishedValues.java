package dev.ccv.engine;

import dev.ccv.model.FailOn;
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
 * Values still holding a placeholder of the {@code ccv init} template are unmet results of the
 * reserved item {@value #ITEM_ID}, at the value's line, and so blocking critical findings.
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

    /**
     * One result per scope with unfinished values (the partner's fields, then each case study's), so
     * that a finding keeps one identity per item and case study; its messages name each value's line.
     */
    static List<ItemResult> find(SelfAssessment assessment) {
        List<ItemResult> results = new ArrayList<>();
        collect(assessment.fields(), null, results);
        for (CaseStudy caseStudy : assessment.caseStudies()) {
            collect(caseStudy.fields(), caseStudy.id(), results);
        }
        return results;
    }

    static Finding finding(ItemResult result) {
        // an unfinished value is a critical finding, which blocks at every threshold
        return FindingRule.of(result, Optional.empty(), Map.of(), FailOn.CRITICAL);
    }

    private static void collect(Map<String, Located<Object>> fields, String caseStudyId, List<ItemResult> results) {
        List<Map.Entry<String, Located<Object>>> ordered = new ArrayList<>(fields.entrySet());
        ordered.sort(BY_POSITION);
        List<String> messages = new ArrayList<>();
        SourcePosition first = null;
        for (Map.Entry<String, Located<Object>> field : ordered) {
            Optional<String> instead = Placeholder.whatToWriteInstead(field.getValue().value());
            if (instead.isPresent()) {
                SourcePosition position = field.getValue().position();
                first = first == null ? position : first;
                String where = caseStudyId == null ? "`" + field.getKey() + "`"
                        : "`" + field.getKey() + "` of case study " + caseStudyId;
                messages.add("unfinished: " + where + " on line " + position.line() + " still holds the ccv init"
                        + " template's placeholder; write " + instead.get());
            }
        }
        if (first != null) {
            results.add(new ItemResult(ITEM_ID, SECTION_ID, caseStudyId, Severity.REQUIRED, ResultStatus.UNMET,
                    messages, first));
        }
    }
}
