package dev.ccv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.loading.SubmissionValidator;
import dev.ccv.model.Checklist;
import dev.ccv.model.SelfAssessment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Feeds the self-assessment loader any bytes, then cross-checks what loads against its built-in
 * checklist. Without JAZZER_FUZZ it replays the seeds in {@code SelfAssessmentFuzzTestInputs/}.
 */
class SelfAssessmentFuzzTest {

    private static final String NAME = "self-assessment.yaml";
    private static final FuzzedFile FILES = new FuzzedFile("ccv-fuzz-self-assessment");

    @AfterAll
    static void removeScratchBundle() {
        FILES.delete();
    }

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefusesWithPositions(byte[] data) {
        Path file = FILES.write(NAME, data);
        FuzzedFile.loadsOrRefuses(NAME, () -> {
            SelfAssessment assessment = new SelfAssessmentLoader().load(file, NAME, new EvidenceResolver(FILES.bundle()));
            builtIn(assessment.checklistId())
                    .ifPresent(checklist -> SubmissionValidator.validate(checklist, assessment, Optional.empty()));
        });
    }

    private static Optional<Checklist> builtIn(String id) {
        return ChecklistLibrary.builtIn().all().stream().filter(checklist -> checklist.id().equals(id)).findFirst();
    }
}
