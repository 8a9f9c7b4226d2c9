package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aZipMadeByTheJdkRecordsNoUnixModes() throws IOException {
        Path zip = TestZips.zip(dir.resolve("jdk.zip"), Map.of("a.txt", "a"));

        assertThat(CentralDirectory.unixModes(zip)).isEmpty();
    }

    @Test
    void readsTheModesOfAZip64ArchiveMadeByTheZipTool() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v zip").start().waitFor() == 0, "zip is not on PATH");
        Files.writeString(dir.resolve("ä file.txt"), "a");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("ä file.txt"));
        // -fz forces the zip64 end records, which the reader must follow
        Process zipping = new ProcessBuilder("zip", "-q", "--symlinks", "-fz", "tool.zip", "ä file.txt", "link")
                .directory(dir.toFile()).inheritIO().start();
        assertThat(zipping.waitFor()).isZero();

        Map<String, Integer> modes = CentralDirectory.unixModes(dir.resolve("tool.zip"));

        assertThat(modes).containsOnly(Map.entry("ä file.txt", 0100644), Map.entry("link", 0120777));
        assertThat(CentralDirectory.isSymlink(modes.get("link"))).isTrue();
        assertThat(CentralDirectory.isSymlink(modes.get("ä file.txt"))).isFalse();
    }

    @Test
    void findsTheDirectoryOfAZipWithDataBeforeIt() throws IOException {
        Path zip = TestZips.zip(dir.resolve("plain.zip"), Map.of("link", "target"));
        TestZips.setUnixMode(zip, "link", 0120777);
        Path prefixed = Files.writeString(dir.resolve("self-extracting.zip"), "#!/bin/sh\nexit 0\n");
        Files.write(prefixed, Files.readAllBytes(zip), StandardOpenOption.APPEND);

        assertThat(CentralDirectory.unixModes(prefixed)).containsOnly(Map.entry("link", 0120777));
    }

    @Test
    void aFileWithoutEndRecordIsNotAZip() throws IOException {
        Path text = Files.writeString(dir.resolve("text.zip"), "not a zip at all, but long enough to search");

        assertThatThrownBy(() -> CentralDirectory.unixModes(text))
                .isInstanceOf(ZipException.class).hasMessage("zip END header not found");
    }
}
