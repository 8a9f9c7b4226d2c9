package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.batch.PortfolioRun;
import dev.ccv.bundle.BundleDiscovery;
import dev.ccv.bundle.BundleDiscovery.SearchPath;
import dev.ccv.bundle.ProgressListener;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bundle's failure of any kind, a bug included, is its own outcome and does not stop the others. */
class BundleJobTest {

    @TempDir
    Path folder;

    @Test
    void aBugInOneBundleIsRecordedAsItsInternalErrorAndTheOthersAreValidated() throws InterruptedException {
        Portfolios.copy("passing-precheck", folder.resolve("bundles/a"));
        Portfolios.copy("passing-precheck", folder.resolve("bundles/b"));
        Portfolios.copy("failing-precheck", folder.resolve("bundles/c"));
        Environment environment = new Environment(Clock.fixed(CliRun.NOW, ZoneOffset.UTC), folder, false, false);
        Validation validation = new Validation(environment,
                new ValidationOptions(List.of(), LocalDate.of(2026, 6, 30), false, FailOn.CRITICAL));
        StringWriter err = new StringWriter();
        BundleJob job = new BundleJob(input -> {
            if (input.path().endsWith("b")) {
                throw new NullPointerException("boom");
            }
            return validation.validate(input, StatusLine.silent(), ProgressListener.NONE);
        }, environment, Optional.empty(), List.of(),
                new PrintWriter(err), false);

        try (PortfolioRun run = new PortfolioRun()) {
            run.run(BundleDiscovery.under(List.of(new SearchPath(folder.resolve("bundles"), "bundles")),
                    warning -> { }), job, 2, outcome -> { });

            assertThat(run.outcomes()).extracting(BundleOutcome::path, BundleOutcome::exitCode).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("bundles/a", ExitCode.PASS),
                    org.assertj.core.groups.Tuple.tuple("bundles/b", ExitCode.INTERNAL_ERROR),
                    org.assertj.core.groups.Tuple.tuple("bundles/c", ExitCode.FAIL));
            assertThat(run.outcomes().iterator().next().evaluated()).isPresent();
            BundleOutcome bug = List.copyOf(toList(run.outcomes())).get(1);
            assertThat(bug.problems()).containsExactly("internal error (NullPointerException: boom). This is a bug in"
                    + " ccv: please report it with the command you ran; --debug shows the details.");
            assertThat(run.totals().exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        }
        assertThat(err.toString()).isEmpty();
    }

    private static List<BundleOutcome> toList(Iterable<BundleOutcome> outcomes) {
        List<BundleOutcome> list = new java.util.ArrayList<>();
        outcomes.forEach(list::add);
        return list;
    }
}
