package dev.ccv.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.bundle.FoundBundle;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.result.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortfolioRunTest {

    private static final List<FoundBundle> FOUND = IntStream.range(0, 40)
            .mapToObj(i -> new FoundBundle(Path.of("b" + i), "b" + i, "bundles/b" + i, Optional.empty())).toList();

    @Test
    void outcomesAreKeptInPathOrderAndAddedUp() throws InterruptedException {
        try (PortfolioRun run = new PortfolioRun()) {
            run.run(FOUND.iterator(), found -> outcome(found, found.name().equals("b7") ? ExitCode.INTERNAL_ERROR
                    : ExitCode.PASS), 3, outcome -> { });

            assertThat(run.outcomes()).extracting(BundleOutcome::path)
                    .isEqualTo(FOUND.stream().map(FoundBundle::display).toList());
            assertThat(run.outcomes()).hasSize(40); // read back a second time
            assertThat(run.totals().bundles()).isEqualTo(40);
            assertThat(run.totals().internalErrors()).isEqualTo(1);
            assertThat(run.totals().exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        }
    }

    @Test
    void anInterruptedRunStopsAndClosingItLeavesNoFileBehind() {
        Thread caller = Thread.currentThread();
        Path spool;
        try (PortfolioRun run = new PortfolioRun()) {
            spool = run.spoolFile();
            assertThat(spool).exists();
            assertThatThrownBy(() -> run.run(FOUND.iterator(), found -> {
                if (found.name().equals("b5")) {
                    caller.interrupt();
                }
                return outcome(found, ExitCode.PASS);
            }, 2, outcome -> { })).isInstanceOf(InterruptedException.class);
            assertThat(run.totals().bundles()).isLessThan(40);
        } finally {
            Thread.interrupted();
        }
        assertThat(spool).doesNotExist();
    }

    private static BundleOutcome outcome(FoundBundle found, ExitCode code) {
        return BundleOutcome.notEvaluated(found.display(), found.name(), code, List.of("problem of " + found.name()));
    }
}
