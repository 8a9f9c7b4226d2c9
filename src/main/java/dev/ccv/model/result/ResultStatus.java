package dev.ccv.model.result;

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
}
