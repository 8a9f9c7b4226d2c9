package dev.ccv.bench;

import dev.ccv.engine.Check;
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
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of validating a synthetic bundle ({@link SyntheticBundle}: N case studies x 100
 * case-study items + 200 partner items), without JVM start-up: loading, the engine, and the whole
 * pipeline up to the JSON report. The growth goal compares {@code validate} at 1,000 and 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ValidationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Param({"100", "1000"})
    int caseStudies;

    private Path bundle;
    private Checklist checklist;
    private Map<String, Check> checks;
    private Submission submission;

    @Setup(Level.Trial)
    public void writeBundle() throws IOException {
        bundle = Files.createTempDirectory("ccv-jmh-");
        new SyntheticBundle(caseStudies, SyntheticBundle.PARTNER_ITEMS, SyntheticBundle.CASE_STUDY_ITEMS).write(bundle);
        checklist = new ChecklistLoader().load(bundle.resolve(SyntheticBundle.CHECKLIST_FILE),
                SyntheticBundle.CHECKLIST_FILE, "bench");
        checks = CheckTypes.compile(checklist);
        submission = new Submission(checklist, loadSelfAssessment(), Optional.empty(), AS_OF, AsOfSource.OPTION, List.of(), Map.of());
    }

    @TearDown(Level.Trial)
    public void removeBundle() throws IOException {
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Reading and checking the self-assessment YAML into the model, evidence resolved. */
    @Benchmark
    public SelfAssessment load() {
        return loadSelfAssessment();
    }

    /** The engine alone on an already loaded submission. */
    @Benchmark
    public Evaluation engine() {
        return new Engine().evaluate(submission, checks);
    }

    /** Load, cross-check, evaluate, assemble and write the JSON report (to nowhere). */
    @Benchmark
    public Report validate() throws IOException {
        SelfAssessment assessment = loadSelfAssessment();
        SubmissionValidator.validate(checklist, assessment, Optional.empty());
        Submission loaded = new Submission(checklist, assessment, Optional.empty(), AS_OF, AsOfSource.OPTION, List.of(), Map.of());
        Evaluation evaluation = new Engine().evaluate(loaded, CheckTypes.compile(checklist));
        Report report = ReportAssembler.assemble(loaded, evaluation, "bench", Integrity.UNSEALED);
        new JsonReporter().write(report, Writer.nullWriter());
        return report;
    }

    private SelfAssessment loadSelfAssessment() {
        return new SelfAssessmentLoader().load(bundle.resolve("self-assessment.yaml"), "self-assessment.yaml",
                new EvidenceResolver(bundle));
    }
}
