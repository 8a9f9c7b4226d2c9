package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.InvalidInputException;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityCheckTest {

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void sealedBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.createDirectories(bundle.resolve("evidence"));
        Files.write(bundle.resolve("evidence/architecture.pdf"), new byte[3 * ParallelHasher.BUFFER_SIZE + 5]);
        ManifestWriter.write(bundle, ProgressListener.NONE);
    }

    @Test
    void givesWhatVerifyingAfterLoadingGives() throws IOException {
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\nedited: true\n");
        List<String> references = List.of("evidence/architecture.pdf", "evidence/never-added.pdf");

        try (IntegrityCheck check = IntegrityCheck.start(bundle)) {
            assertThat(check.result(references, ProgressListener.NONE))
                    .isEqualTo(IntegrityVerifier.verify(bundle, references, ProgressListener.NONE))
                    .isEqualTo(new Integrity(true, 1, List.of(
                            new IntegrityProblem("evidence/never-added.pdf", "referenced as evidence but missing"),
                            new IntegrityProblem("self-assessment.yaml", "SHA-256 does not match the manifest"))));
        }
    }

    @Test
    void aBundleWithoutManifestIsUnsealedAndHashesNothing() throws IOException {
        Files.delete(bundle.resolve("MANIFEST.sha256"));
        RecordingListener progress = new RecordingListener();

        try (IntegrityCheck check = IntegrityCheck.start(bundle)) {
            assertThat(check.result(List.of(), progress)).isEqualTo(Integrity.UNSEALED);
        }
        assertThat(progress.events).isEmpty();
    }

    @Test
    void aMalformedManifestIsThrownWhenTheResultIsAskedFor() throws IOException {
        Files.writeString(bundle.resolve("MANIFEST.sha256"), "not a sha256sum line\n");

        try (IntegrityCheck check = IntegrityCheck.start(bundle)) {
            assertThatThrownBy(() -> check.result(List.of(), ProgressListener.NONE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("MANIFEST.sha256:1");
        }
    }

    @Test
    void theListenerHearsTheWholeHashingFromStartToFinish() {
        RecordingListener progress = new RecordingListener();

        try (IntegrityCheck check = IntegrityCheck.start(bundle)) {
            check.result(List.of(), progress);
        }

        long size = 3L * ParallelHasher.BUFFER_SIZE + 5 + "kind: self-assessment\n".length();
        assertThat(progress.events.get(0)).isEqualTo("started " + size);
        assertThat(progress.events.get(progress.events.size() - 1)).isEqualTo("finished");
        assertThat(progress.advanced).isEqualTo(size);
    }

    @Test
    void closingWithoutAskingStopsQuietly() {
        IntegrityCheck check = IntegrityCheck.start(bundle);

        check.close();
        check.close();
    }

    private static final class RecordingListener implements ProgressListener {
        final List<String> events = new ArrayList<>();
        long advanced;

        @Override
        public synchronized void started(long totalBytes) {
            events.add("started " + totalBytes);
        }

        @Override
        public synchronized void advanced(long bytes) {
            advanced += bytes;
        }

        @Override
        public synchronized void finished() {
            events.add("finished");
        }
    }
}
