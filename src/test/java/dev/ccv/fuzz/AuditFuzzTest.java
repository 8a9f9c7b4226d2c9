package dev.ccv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import dev.ccv.loading.AuditLoader;
import dev.ccv.loading.EvidenceResolver;
import java.nio.file.Path;

/** Feeds the audit-record loader any bytes. Seeds: {@code AuditFuzzTestInputs/}. */
class AuditFuzzTest {

    private static final String NAME = "audit.yaml";
    private static final FuzzedFile FILES = new FuzzedFile("ccv-fuzz-audit");

    @AfterAll
    static void removeScratchBundle() {
        FILES.delete();
    }

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefusesWithPositions(byte[] data) {
        Path file = FILES.write(NAME, data);
        FuzzedFile.loadsOrRefuses(NAME,
                () -> new AuditLoader().load(file, NAME, new EvidenceResolver(FILES.bundle())));
    }
}
