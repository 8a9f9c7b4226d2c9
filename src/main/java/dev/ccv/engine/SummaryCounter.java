package dev.ccv.engine;

import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Summary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts a run for reports: checklist items rolled up over their results (unmet if any result is
 * unmet, not applicable if all are, met otherwise), and findings by severity and state.
 */
public final class SummaryCounter {

    private SummaryCounter() {
    }

    public static Summary count(Evaluation evaluation, Checklist checklist) {
        int met = 0;
        int unmet = 0;
        int notApplicable = 0;
        // grouped once: filtering all results per item made this O(items x results)
        Map<String, List<ItemResult>> byItem = evaluation.results().stream()
                .collect(Collectors.groupingBy(ItemResult::itemId));
        for (Item item : checklist.items().toList()) {
            switch (rollUp(byItem.getOrDefault(item.id(), List.of()))) {
                case MET -> met++;
                case UNMET -> unmet++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        List<Finding> findings = evaluation.findings();
        return new Summary(met + unmet + notApplicable, met, unmet, notApplicable,
                critical(findings, FindingState.OPEN), critical(findings, FindingState.REMEDIATED),
                critical(findings, FindingState.UNREMEDIABLE),
                (int) findings.stream().filter(f -> f.severity() == FindingSeverity.OBSERVATION).count());
    }

    /** An item with no results at all (a case-study item with no case study left) counts as not applicable. */
    static ResultStatus rollUp(List<ItemResult> results) {
        if (results.stream().anyMatch(r -> r.status() == ResultStatus.UNMET)) {
            return ResultStatus.UNMET;
        }
        if (results.stream().allMatch(r -> r.status() == ResultStatus.NOT_APPLICABLE)) {
            return ResultStatus.NOT_APPLICABLE;
        }
        return ResultStatus.MET;
    }

    private static int critical(List<Finding> findings, FindingState state) {
        return (int) findings.stream()
                .filter(f -> f.severity() == FindingSeverity.CRITICAL && f.state() == state).count();
    }
}
