package dev.ccv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.model.Checklist;
import dev.ccv.model.InvalidInputException;
import java.nio.file.Path;

/**
 * Feeds the checklist loader any bytes, then validates the check parameters of what loads, as
 * {@code validate --checklist FILE} and {@code lint} do. Seeds: {@code ChecklistFuzzTestInputs/}.
 */
class ChecklistFuzzTest {

    private static final String NAME = "checklist.yaml";
    private static final FuzzedFile FILES = new FuzzedFile("ccv-fuzz-checklist");

    @AfterAll
    static void removeScratchBundle() {
        FILES.delete();
    }

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefusesWithPositions(byte[] data) {
        Path file = FILES.write(NAME, data);
        FuzzedFile.loadsOrRefuses(NAME, () -> {
            Checklist checklist = new ChecklistLoader().load(file, NAME, NAME);
            var errors = CheckTypes.validate(checklist);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        });
    }
}
