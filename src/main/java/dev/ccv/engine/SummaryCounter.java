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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a run for reports: checklist items rolled up over their results (unmet if any result is
 * unmet, not applicable if all are, met otherwise), and findings by severity and state.
 */
public final class SummaryCounter {

    private SummaryCounter() {
    }

    public static Summary count(Evaluation evaluation, Checklist checklist) {
        // grouped once: filtering all results per item made this O(items x results)
        Map<String, List<ItemResult>> byItem = evaluation.resultsByItem();
        int met = 0;
        int unmet = 0;
        int notApplicable = 0;
        for (Item item : checklist.items()) {
            switch (ResultStatus.rollUp(byItem.getOrDefault(item.id(), List.of()))) {
                case MET -> met++;
                case UNMET -> unmet++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        Map<FindingState, Integer> critical = new EnumMap<>(FindingState.class);
        int observations = 0;
        for (Finding finding : evaluation.findings()) {
            if (finding.severity() == FindingSeverity.CRITICAL) {
                critical.merge(finding.state(), 1, Integer::sum);
            } else {
                observations++;
            }
        }
        return new Summary(met + unmet + notApplicable, met, unmet, notApplicable,
                critical.getOrDefault(FindingState.OPEN, 0), critical.getOrDefault(FindingState.REMEDIATED, 0),
                critical.getOrDefault(FindingState.UNREMEDIABLE, 0), observations);
    }
}
