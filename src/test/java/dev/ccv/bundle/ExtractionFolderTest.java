package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
