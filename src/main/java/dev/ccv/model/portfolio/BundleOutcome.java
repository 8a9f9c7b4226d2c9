package dev.ccv.model.portfolio;

import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.SealLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One bundle of a batch as the portfolio summary lists it: where it is, its exit code, what its
 * evaluation found (when it was evaluated), and why it did not pass, one line each.
 *
 * @param path      the bundle's path as the user knows it
 * @param name      its path relative to its PATH argument, which names its reports under {@code --out}
 * @param problems  input errors, integrity problems, an internal error, or the open critical
 *                  findings; at most {@link #MAX_PROBLEMS}, then one line saying how many more
 */
public record BundleOutcome(String path, String name, ExitCode exitCode, Optional<EvaluatedBundle> evaluated,
                            List<String> problems) {

    public static final int MAX_PROBLEMS = 50;

    public BundleOutcome {
        problems = List.copyOf(problems);
    }

    /** A bundle that was evaluated: its report's figures, its integrity problems and its open critical findings. */
    public static BundleOutcome of(String path, String name, Report report) {
        List<String> problems = new ArrayList<>();
        for (SealLayer layer : report.integrity().layers()) {
            for (IntegrityProblem problem : layer.problems()) {
                problems.add(layer.manifest() + ": " + problem.path() + ": " + problem.problem());
            }
        }
        for (Finding finding : report.evaluation().findings()) {
            if (finding.blocking()) {
                problems.add(finding.itemId() + (finding.caseStudyId() == null ? "" : " (" + finding.caseStudyId() + ")")
                        + ": " + finding.message());
            }
        }
        return new BundleOutcome(path, name, report.exitCode(), Optional.of(EvaluatedBundle.of(report)),
                capped(problems));
    }

    /** A bundle that was not evaluated: invalid input (exit 2) or an internal error (exit 70). */
    public static BundleOutcome notEvaluated(String path, String name, ExitCode exitCode, List<String> problems) {
        return new BundleOutcome(path, name, exitCode, Optional.empty(), capped(problems));
    }

    private static List<String> capped(List<String> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add("... and " + (problems.size() - MAX_PROBLEMS) + " more");
        return shown;
    }
}
