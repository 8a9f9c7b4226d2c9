package dev.ccv.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class BundleRootTest {

    @TempDir
    Path temp;
    Path bundle;
    Canary canary;
    BundleRoot root;

    @BeforeEach
    void arrange() throws IOException {
        bundle = Files.createDirectories(temp.resolve("b"));
        Files.createDirectories(bundle.resolve("evidence/deep"));
        Files.writeString(bundle.resolve("evidence/deep/report.txt"), "inside", StandardCharsets.UTF_8);
        canary = Canary.plant(temp.resolve("home/.aws/credentials"));
        root = BundleRoot.of(bundle);
    }

    private byte[] read(String relative) {
        return root.read(Path.of(relative), relative, 1024);
    }

    @Test
    void readsAFileInsideThroughALinkThatStaysInside() throws IOException {
        Files.createSymbolicLink(bundle.resolve("evidence/short"), Path.of("deep/report.txt"));
        Files.createSymbolicLink(bundle.resolve("alias"), Path.of("evidence"));
        Files.createSymbolicLink(bundle.resolve("absolute"), bundle.resolve("evidence/deep"));

        assertThat(new String(read("evidence/short"), StandardCharsets.UTF_8)).isEqualTo("inside");
        assertThat(new String(read("alias/deep/report.txt"), StandardCharsets.UTF_8)).isEqualTo("inside");
        assertThat(new String(read("absolute/report.txt"), StandardCharsets.UTF_8)).isEqualTo("inside");
        assertThat(root.look(Path.of("alias/deep/../short"))).isInstanceOf(Lookup.File.class);
    }

    @Test
    void aLinkOutOfTheBundleIsRefusedNamingTheLinkAndNothingIsRead() throws IOException {
        Files.createSymbolicLink(bundle.resolve("audit.yaml"), canary.file());
        Files.createSymbolicLink(bundle.resolve("evidence/up"), Path.of("../../home"));

        assertThatThrownBy(() -> read("audit.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessage("audit.yaml: leads outside the bundle through the symbolic link `audit.yaml`;"
                        + " put the file itself in the bundle");
        assertThat(root.look(Path.of("evidence/up/.aws/credentials")))
                .isEqualTo(new Lookup.LeadsOutside("evidence/up"));
        assertThat(root.look(Path.of("../home/.aws/credentials"))).isInstanceOf(Lookup.LeadsOutside.class);
        canary.assertUntouched();
    }

    @Test
    void aLinkToTheRootsParentThroughDotDotIsOutside() throws IOException {
        Files.createSymbolicLink(bundle.resolve("evidence/parent"), Path.of("../.."));

        assertThat(root.look(Path.of("evidence/parent/home/.aws/credentials")))
                .isEqualTo(new Lookup.LeadsOutside("evidence/parent"));
        canary.assertUntouched();
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() {
        SpecialFiles.fifo(bundle.resolve("self-assessment.yaml"));

        assertThatThrownBy(() -> read("self-assessment.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessage("self-assessment.yaml: is a named pipe (FIFO), not a regular file;"
                        + " a bundle holds only files and folders");
    }

    @Test
    void aLinkToADeviceInsideIsRefusedAsOutside() throws IOException {
        Files.createSymbolicLink(bundle.resolve("zero"), Path.of("/dev/zero"));

        assertThat(root.look(Path.of("zero"))).isEqualTo(new Lookup.LeadsOutside("zero"));
    }

    @Test
    void aFolderWhereAFileIsExpectedIsSaidToBeAFolder() {
        assertThatThrownBy(() -> read("evidence")).hasMessage("evidence: is a folder; name a file");
        assertThat(root.look(Path.of("."))).isInstanceOf(Lookup.Folder.class);
    }

    @Test
    void aLoopOfLinksIsNamed() throws IOException {
        Files.createSymbolicLink(bundle.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(bundle.resolve("b"), Path.of("a"));

        assertThat(root.look(Path.of("a"))).isInstanceOf(Lookup.LinkLoop.class);
        assertThatThrownBy(() -> read("a")).hasMessageContaining("is part of a loop of links");
    }

    @Test
    void aMissingFileAndAFileUsedAsAFolderAreMissing() {
        assertThat(root.look(Path.of("nothing.pdf"))).isEqualTo(new Lookup.Missing());
        assertThat(root.look(Path.of("evidence/deep/report.txt/x"))).isEqualTo(new Lookup.Missing());
    }

    @Test
    void theLimitIsCheckedOnTheBytesRead() throws IOException {
        Files.write(bundle.resolve("big.yaml"), new byte[1025]);
        Files.write(bundle.resolve("fits.yaml"), new byte[1024]);

        assertThat(read("fits.yaml")).hasSize(1024);
        assertThatThrownBy(() -> read("big.yaml"))
                .hasMessage("big.yaml: the file is too large (more than 1024 bytes, the most ccv reads for it)");
    }

    @Test
    void anUnreadableFolderSaysSo() throws IOException {
        assumeFalse(SpecialFiles.runningAsRoot(), "root reads every folder whatever its permissions say");
        Path locked = Files.createDirectories(bundle.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(root.look(Path.of("locked/x.txt"))).isEqualTo(new Lookup.Unreadable("locked", "permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theRootItselfMayBeALinkTheUserNamed() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("bl"), bundle);
        Files.createSymbolicLink(bundle.resolve("viaName"), link.resolve("evidence/deep/report.txt"));

        BundleRoot throughLink = BundleRoot.of(link);
        assertThat(throughLink.read(Path.of("evidence/deep/report.txt"), "r", 100)).hasSize(6);
        assertThat(throughLink.look(Path.of("viaName"))).isInstanceOf(Lookup.File.class);
    }
}
