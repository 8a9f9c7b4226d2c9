package dev.ccv.engine.checks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches a checklist author's regular expression against a partner's value with a budget:
 * a pattern that backtracks without end, or recurses deep enough to overflow the stack, gives up
 * instead of hanging or crashing the run.
 */
final class BoundedMatch {

    /** Characters the matcher may read, summed over all its backtracking. */
    static final long BUDGET = 10_000_000;

    private BoundedMatch() {
    }

    /** Whether the whole value matches; empty when the match gave up. */
    static Optional<Boolean> matches(Pattern pattern, String value) {
        try {
            return Optional.of(pattern.matcher(new CountingText(value, new long[] {BUDGET})).matches());
        } catch (BudgetSpent | StackOverflowError gaveUp) {
            return Optional.empty();
        }
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The value, counting every character the matcher reads against a shared budget. */
    private record CountingText(String text, long[] budget) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountingText(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
