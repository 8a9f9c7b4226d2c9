package dev.ccv.model.result;

import java.util.List;

/** The outcome of evaluating one item (for one case study). */
public enum ResultStatus {
    MET("met"), UNMET("unmet"), NOT_APPLICABLE("not-applicable");

    private final String jsonName;

    ResultStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /**
     * An item's status over its results: unmet if any is unmet, not applicable if all are (an item
     * with no results, a case-study item with no case study left, is not applicable), met otherwise.
     */
    public static ResultStatus rollUp(List<ItemResult> results) {
        boolean allNotApplicable = true;
        for (ItemResult result : results) {
            if (result.status() == UNMET) {
                return UNMET;
            }
            allNotApplicable &= result.status() == NOT_APPLICABLE;
        }
        return allNotApplicable ? NOT_APPLICABLE : MET;
    }
}
