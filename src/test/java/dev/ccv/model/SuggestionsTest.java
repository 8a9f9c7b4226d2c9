package dev.ccv.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("status", "evidence", "notes", "caseStudies");

    @Test
    void suggestsTheNearestNameIgnoringCase() {
        assertThat(Suggestions.nearest("evidnce", KEYS)).contains("evidence");
        assertThat(Suggestions.nearest("Status", KEYS)).contains("status");
        assertThat(Suggestions.nearest("casestudies", KEYS)).contains("caseStudies");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("ntoes", "notes")).isEqualTo(1);
        assertThat(Suggestions.nearest("ntoes", KEYS)).contains("notes");
    }

    @Test
    void allowsMoreEditsForLongerNames() {
        assertThat(Suggestions.nearest("caseStdyes", KEYS)).contains("caseStudies");
        assertThat(Suggestions.nearest("remediationEvdnce", List.of("remediationEvidence"))).isPresent();
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.nearest("owner", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("x", List.of("id"))).isEmpty();
    }
}
