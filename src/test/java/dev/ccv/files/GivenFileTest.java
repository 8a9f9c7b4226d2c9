package dev.ccv.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class GivenFileTest {

    @TempDir
    Path temp;

    @Test
    void aNeverEndingDeviceStopsAtTheLimit() {
        assertThatThrownBy(() -> GivenFile.read(Path.of("/dev/zero"), "/dev/zero", 4096))
                .hasMessage("/dev/zero: is a device, not a regular file; give a file (ccv does not read pipes or devices)");
    }

    @Test
    void aFifoIsRefusedAtOnce() {
        Path fifo = SpecialFiles.fifo(temp.resolve("pipe"));
        assertThatThrownBy(() -> GivenFile.read(fifo, "pipe", 4096)).hasMessageContaining("pipe: is a named pipe (FIFO)");
    }

    @Test
    void aLinkTheUserNamedIsFollowed() throws IOException {
        Path file = Files.writeString(temp.resolve("real.yaml"), "kind: x");
        Path link = Files.createSymbolicLink(temp.resolve("link.yaml"), file);
        assertThat(GivenFile.read(link, "link.yaml", 100)).hasSize(7);
    }

    @Test
    void aFolderAndNothingSaySo() {
        assertThatThrownBy(() -> GivenFile.read(temp, "dir", 100)).hasMessage("dir: is a folder; name a file");
        assertThatThrownBy(() -> GivenFile.read(temp.resolve("no"), "no", 100)).hasMessage("no: file not found");
    }

    @Test
    void theLimitCountsBytesRead() throws IOException {
        Path file = Files.write(temp.resolve("f"), new byte[2 * 1024 * 1024 + 1]);
        assertThatThrownBy(() -> GivenFile.read(file, "f", 2 * 1024 * 1024))
                .hasMessage("f: the file is too large (more than 2 MiB, the most ccv reads for it)");
    }
}
