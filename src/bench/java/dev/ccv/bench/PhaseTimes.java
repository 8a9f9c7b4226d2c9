package dev.ccv.bench;

import dev.ccv.engine.Engine;
import dev.ccv.engine.ReportAssembler;
import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.loading.SubmissionValidator;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.Checklist;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Submission;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.Report;
import dev.ccv.report.JsonReporter;
import dev.ccv.yaml.YamlReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times each phase of a validation of a synthetic bundle in one JVM, to show where the time goes:
 * {@code java -cp target/ccv.jar src/bench/java/dev/ccv/bench/PhaseTimes.java DIR [ROUNDS]}
 * (DIR written by {@link SyntheticBundle}). Round 1 is a cold start, later rounds are warm.
 */
public final class PhaseTimes {

    /** The same name as {@link SyntheticBundle#CHECKLIST_FILE}; repeated so this file runs on its own. */
    private static final String CHECKLIST_FILE = "synthetic-checklist.yaml";

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private final Map<String, List<String>> times = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PhaseTimes phases = new PhaseTimes();
        for (int round = 0; round < rounds; round++) {
            phases.round(dir);
        }
        phases.print();
    }

    private void round(Path dir) throws IOException {
        Path file = dir.resolve("self-assessment.yaml");
        EvidenceResolver evidence = new EvidenceResolver(dir);
        time("yaml (compose only)", () -> new YamlReader().read(file, "self-assessment.yaml"));
        Checklist checklist = time("load checklist", () -> new ChecklistLoader()
                .load(dir.resolve(CHECKLIST_FILE), CHECKLIST_FILE, "bench"));
        SelfAssessment assessment = time("load self-assessment",
                () -> new SelfAssessmentLoader().load(file, "self-assessment.yaml", evidence));
        time("cross-check", () -> {
            SubmissionValidator.validate(checklist, assessment, Optional.empty());
            return null;
        });
        Submission submission = new Submission(checklist, assessment, Optional.empty(), LocalDate.of(2026, 6, 30),
                AsOfSource.OPTION, List.of(), Map.of());
        Evaluation evaluation = time("engine", () -> new Engine().evaluate(submission, CheckTypes.compile(checklist)));
        Report report = time("assemble", () -> ReportAssembler.assemble(submission, evaluation, "bench",
                Integrity.UNSEALED));
        time("json report", () -> {
            try {
                new JsonReporter().write(report, Writer.nullWriter());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = THREAD.getCurrentThreadCpuTime();
        long gcStart = gcMillis();
        T result = work.get();
        String ms = (System.nanoTime() - start) / 1_000_000 + "/" + (THREAD.getCurrentThreadCpuTime() - cpuStart) / 1_000_000
                + "/" + (gcMillis() - gcStart);
        times.computeIfAbsent(phase, p -> new ArrayList<>()).add(ms);
        return result;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private void print() {
        System.out.printf("%-22s %s%n", "phase", "wall/cpu/gc ms per round (round 1 cold; cpu: this thread)");
        times.forEach((phase, ms) -> System.out.printf("%-22s %s%n", phase, String.join("  ", ms)));
    }
}
