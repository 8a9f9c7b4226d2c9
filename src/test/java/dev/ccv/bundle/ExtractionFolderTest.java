package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionFolderTest {

    @TempDir
    Path outside;

    @Test
    void isReadableByItsOwnerOnly() throws IOException {
        try (ExtractionFolder folder = ExtractionFolder.create()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void closingRemovesEverythingInsideButNothingALinkPointsTo() throws IOException {
        Path kept = Files.writeString(outside.resolve("kept.txt"), "outside");
        ExtractionFolder folder = ExtractionFolder.create();
        Files.createDirectories(folder.path().resolve("a/b"));
        Files.writeString(folder.path().resolve("a/b/c.txt"), "c");
        Files.createSymbolicLink(folder.path().resolve("a/link"), outside);

        folder.close();
        folder.close();

        assertThat(folder.path()).doesNotExist();
        assertThat(kept).hasContent("outside");
    }

    @Test
    void removalAtExitStopsAnExtractionUnderWayAndLeavesNothing() throws Exception {
        Path zip = TestZips.manyZeros(outside.resolve("slow.zip"), 60, 1024 * 1024);
        ZipLimits generous = new ZipLimits(100, 1024L * 1024 * 1024, 1024L * 1024 * 1024, 100_000,
                1024L * 1024 * 1024);
        ExtractionFolder folder = ExtractionFolder.create();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread extraction = new Thread(() -> {
            try {
                new ZipBundleExtractor(zip, "slow.zip", generous).extractTo(folder);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        extraction.start();
        while (extraction.isAlive() && !Files.exists(folder.path().resolve("evidence"))) {
            Thread.onSpinWait();
        }

        folder.removeAtExit();
        extraction.join(10_000);

        assertThat(folder.path()).doesNotExist();
        assertThat(extraction.isAlive()).isFalse();
        // either the extraction was stopped, or it had just finished before removal began
        assertThat(thrown.get()).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ExtractionFolder.Interrupted.class));
        folder.close();
    }
}
