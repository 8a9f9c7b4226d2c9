package dev.ccv.loading;

import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ProblemsTest {

    @Test
    void throwsNothingWhenThereIsNoProblem() {
        assertThatCode(() -> new Problems().throwIfAny()).doesNotThrowAnyException();
    }

    @Test
    void sortsByFileInOrderOfAppearanceThenLineAndColumn() {
        Problems problems = new Problems();
        problems.add(new SourcePosition("self-assessment.yaml", 9, 3), "third");
        problems.add(new SourcePosition("audit.yaml", 1, 1), "last");
        problems.add(new SourcePosition("self-assessment.yaml", 2, 7), "second");
        problems.add(new SourcePosition("self-assessment.yaml", 2, 1), "first");

        assertThat(Errors.of(problems::throwIfAny)).containsExactly(
                "self-assessment.yaml:2:1: first",
                "self-assessment.yaml:2:7: second",
                "self-assessment.yaml:9:3: third",
                "audit.yaml:1:1: last");
    }

    @Test
    void keepsTheFirstThousandErrorsAndSaysHowManyMoreThereWere() {
        Problems problems = new Problems();
        for (int line = 1; line <= Problems.LIMIT + 3; line++) {
            problems.add(new SourcePosition("big.yaml", line, 1), "error " + line);
        }

        List<String> errors = Errors.of(problems::throwIfAny);

        assertThat(errors).hasSize(Problems.LIMIT + 1);
        assertThat(errors.get(Problems.LIMIT - 1)).isEqualTo("big.yaml:1000:1: error 1000");
        assertThat(errors.get(Problems.LIMIT)).isEqualTo("big.yaml: 3 more error(s) not shown; fix the ones above first");
    }
}
