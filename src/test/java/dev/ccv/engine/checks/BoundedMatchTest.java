package dev.ccv.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoundedMatchTest {

    @Test
    void answersOrdinaryPatterns() {
        assertThat(BoundedMatch.matches(Pattern.compile("[0-9]{7}"), "1234567")).contains(true);
        assertThat(BoundedMatch.matches(Pattern.compile("[0-9]{7}"), "123456")).contains(false);
    }

    @Test
    void givesUpOnCatastrophicBacktrackingInsteadOfHanging() {
        // (.*a){12} backtracks polynomially to the 12th power: minutes on this value without a budget
        assertThat(BoundedMatch.matches(Pattern.compile("(.*a){12}"), "a".repeat(60) + "b")).isEmpty();
    }

    @Test
    void givesUpInsteadOfOverflowingTheStack() {
        assertThat(BoundedMatch.matches(Pattern.compile("(a|b)*"), "ab".repeat(200_000))).isEmpty();
    }
}
