package dev.ccv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.FailOn;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import org.junit.jupiter.api.Test;

/** Which findings block the verdict, at each threshold: the verdict rule 6 and {@code --fail-on}. */
class FindingRuleBlocksTest {

    private static final String PARTNER = null;
    private static final String CASE_STUDY = "cs-globex";

    @Test
    void atTheDefaultThresholdOnlyOpenCriticalFindingsAndPartnerLevelUnremediableOnesBlock() {
        FailOn threshold = FailOn.CRITICAL;
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.OPEN, PARTNER, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.OPEN, CASE_STUDY, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE, PARTNER, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.UNREMEDIABLE, CASE_STUDY, threshold))
                .as("removes the case study instead").isFalse();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.REMEDIATED, PARTNER, threshold)).isFalse();
        assertThat(FindingRule.blocks(FindingSeverity.OBSERVATION, FindingState.OPEN, PARTNER, threshold)).isFalse();
    }

    @Test
    void atTheObservationThresholdOpenObservationsBlockToo() {
        FailOn threshold = FailOn.OBSERVATION;
        assertThat(FindingRule.blocks(FindingSeverity.OBSERVATION, FindingState.OPEN, PARTNER, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.OBSERVATION, FindingState.OPEN, CASE_STUDY, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.OBSERVATION, FindingState.REMEDIATED, PARTNER, threshold))
                .isFalse();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.OPEN, PARTNER, threshold)).isTrue();
        assertThat(FindingRule.blocks(FindingSeverity.CRITICAL, FindingState.REMEDIATED, PARTNER, threshold)).isFalse();
    }
}
