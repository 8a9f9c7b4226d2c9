package dev.ccv.model.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's status over its results, as the summary counts it and the text report shows it. */
class ResultStatusTest {

    @Test
    void anyUnmetResultMakesTheItemUnmet() {
        assertThat(ResultStatus.rollUp(results(ResultStatus.MET, ResultStatus.UNMET, ResultStatus.NOT_APPLICABLE)))
                .isEqualTo(ResultStatus.UNMET);
    }

    @Test
    void anItemIsNotApplicableWhenAllItsResultsAreOrItHasNone() {
        assertThat(ResultStatus.rollUp(results(ResultStatus.NOT_APPLICABLE, ResultStatus.NOT_APPLICABLE)))
                .isEqualTo(ResultStatus.NOT_APPLICABLE);
        assertThat(ResultStatus.rollUp(List.of())).isEqualTo(ResultStatus.NOT_APPLICABLE);
    }

    @Test
    void otherwiseTheItemIsMet() {
        assertThat(ResultStatus.rollUp(results(ResultStatus.NOT_APPLICABLE, ResultStatus.MET)))
                .isEqualTo(ResultStatus.MET);
        assertThat(ResultStatus.rollUp(results(ResultStatus.MET))).isEqualTo(ResultStatus.MET);
    }

    private static List<ItemResult> results(ResultStatus... statuses) {
        return Arrays.stream(statuses)
                .map(status -> new ItemResult("BR-001", "business", null, Severity.REQUIRED, status, List.of(), null))
                .toList();
    }
}
