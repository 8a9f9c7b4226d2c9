package dev.ccv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> PARAMETERS = List.of("minimum", "minimumPublic", "deliveredWithinMonths");

    @Test
    void suggestsTheNearestNameForATypo() {
        assertThat(Suggestions.closest("minimun", PARAMETERS)).contains("minimum");
        assertThat(Suggestions.closest("minimumPublc", PARAMETERS)).contains("minimumPublic");
    }

    @Test
    void ignoresCaseAndCountsASwapAsOneEdit() {
        assertThat(Suggestions.closest("MINIMUM", PARAMETERS)).contains("minimum");
        assertThat(Suggestions.closest("tpye", List.of("type", "path"))).contains("type");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("colour", PARAMETERS)).isEmpty();
        assertThat(Suggestions.closest("x", List.of())).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
