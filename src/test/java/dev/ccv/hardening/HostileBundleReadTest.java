package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ccv.files.Canary;
import dev.ccv.files.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-side attacks on a bundle, each arranged for real in a temporary folder (links, FIFOs,
 * devices) and run through the real command line: exit 2 with a message naming the culprit, never a
 * hang, never the content of a file outside the bundle, and the secret beside it neither read nor changed.
 */
@Timeout(30)
class HostileBundleReadTest {

    private static final String ONE_ERROR = "ccv: 1 input error; nothing was evaluated.\n";
    private static final String OUT = "; put the file itself in the bundle";

    @TempDir
    Path folder;
    ExampleBundle bundle;
    Canary canary;

    @BeforeEach
    void arrange() {
        bundle = ExampleBundle.passing(folder);
        canary = Canary.plant(folder.resolve("home/.aws/credentials"));
    }

    private Path in(String name) {
        return bundle.root().resolve(name);
    }

    private void assertRefused(Ccv run, String expectedErr) {
        assertThat(run.err()).isEqualTo(expectedErr);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        canary.assertUntouched(run.out(), run.err());
    }

    @Test
    void anAuditRecordLinkedToACredentialsFileIsRefusedWithoutReadingIt() throws IOException {
        Files.createSymbolicLink(in("audit.yaml"), canary.file());

        assertRefused(bundle.validate(), "error: audit.yaml: leads outside the bundle through the symbolic link"
                + " `audit.yaml`" + OUT + "\n" + ONE_ERROR);
    }

    @Test
    void aSelfAssessmentLinkedOutsideIsRefused() throws IOException {
        Files.delete(in("self-assessment.yaml"));
        Files.createSymbolicLink(in("self-assessment.yaml"), canary.file());

        assertRefused(bundle.validate(), "error: self-assessment.yaml: leads outside the bundle through the symbolic"
                + " link `self-assessment.yaml`" + OUT + "\n" + ONE_ERROR);
    }

    @Test
    void evidenceThroughAFolderLinkedOutsideIsRefusedNamingTheLink() throws IOException {
        Files.createSymbolicLink(in("evidence/shared"), canary.file().getParent());
        bundle.replace("evidence: [evidence/program-acknowledgement.md]", "evidence: [evidence/shared/credentials]");

        Ccv run = bundle.validate();

        assertThat(run.err()).contains("evidence path `evidence/shared/credentials` leads outside the bundle through"
                + " the symbolic link `evidence/shared`" + OUT);
        assertThat(run.exitCode()).isEqualTo(2);
        canary.assertUntouched(run.out(), run.err());
    }

    @Test
    void aFifoAsEvidenceIsNotPresentEvidence() {
        SpecialFiles.fifo(in("evidence/pipe.md"));
        bundle.replace("evidence: [evidence/program-acknowledgement.md]", "evidence: [evidence/pipe.md]");

        Ccv run = bundle.validate();

        assertThat(run.err()).contains("evidence path `evidence/pipe.md` is a named pipe (FIFO), not a regular file;"
                + " a bundle holds only files and folders");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aFifoAsTheBundlesSelfAssessmentOrAuditIsRefusedAtOnce() throws IOException {
        SpecialFiles.fifo(in("audit.yaml"));

        assertRefused(bundle.validate(), "error: audit.yaml: is a named pipe (FIFO), not a regular file;"
                + " a bundle holds only files and folders\n" + ONE_ERROR);
    }

    @Test
    void aFifoOrADeviceNamedOnTheCommandLineIsRefusedAtOnce() {
        Path fifo = SpecialFiles.fifo(folder.resolve("pipe.yaml"));
        String root = bundle.root().toString();

        assertRefused(Ccv.run(folder, "validate", "pipe.yaml", "--bundle-root", root),
                "error: " + fifo + ": is a named pipe (FIFO), not a regular file; give a file (ccv does not read pipes"
                        + " or devices)\n" + ONE_ERROR);
        assertRefused(Ccv.run(folder, "validate", "/dev/zero", "--bundle-root", root),
                "error: /dev/zero: is a device, not a regular file; give a file (ccv does not read pipes or"
                        + " devices)\n" + ONE_ERROR);
        assertRefused(Ccv.run(folder, "validate", root, "--audit", "/dev/zero"),
                "error: /dev/zero: is a device, not a regular file; give a file (ccv does not read pipes or"
                        + " devices)\n" + ONE_ERROR);
        assertRefused(Ccv.run(folder, "validate", root, "--audit", fifo.toString()),
                "error: " + fifo + ": is a named pipe (FIFO), not a regular file; give a file (ccv does not read"
                        + " pipes or devices)\n" + ONE_ERROR);
    }

    @Test
    void diffRefusesAFifoAndADevice() {
        SpecialFiles.fifo(folder.resolve("new.json"));

        Ccv fifo = Ccv.run(folder, "diff", "new.json", "new.json");
        Ccv zero = Ccv.run(folder, "diff", "new.json", "/dev/zero");

        assertThat(fifo.err()).isEqualTo("error: " + folder.resolve("new.json") + ": is a named pipe (FIFO), not a regular file; give a file"
                + " (ccv does not read pipes or devices)\nccv: 1 input error.\n");
        assertThat(fifo.exitCode()).isEqualTo(2);
        assertThat(zero.exitCode()).isEqualTo(2);
    }

    @Test
    void aLoopOfLinksAsEvidenceSaysSo() throws IOException {
        Files.createSymbolicLink(in("evidence/a.md"), Path.of("b.md"));
        Files.createSymbolicLink(in("evidence/b.md"), Path.of("a.md"));
        bundle.replace("evidence: [evidence/program-acknowledgement.md]", "evidence: [evidence/a.md]");

        Ccv run = bundle.validate();

        assertThat(run.err()).contains("evidence path `evidence/a.md` cannot be resolved: the symbolic link");
        assertThat(run.err()).contains("is part of a loop of links");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnreadableEvidenceFolderSaysSo() throws IOException {
        assumeFalse(SpecialFiles.runningAsRoot(), "root reads every folder whatever its permissions say");
        Path locked = in("evidence/hooli");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Ccv run = bundle.validate();
            assertThat(run.err()).contains("cannot be read: the folder `evidence/hooli` is not readable");
            assertThat(run.exitCode()).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void linksThatStayInsideTheBundleAreFollowed() throws IOException {
        Files.createSymbolicLink(in("evidence/ack.md"), Path.of("program-acknowledgement.md"));
        Files.move(in("self-assessment.yaml"), in("evidence/sa.yaml"));
        Files.createSymbolicLink(in("self-assessment.yaml"), Path.of("evidence/sa.yaml"));
        bundle.replace("evidence/sa.yaml", "evidence: [evidence/program-acknowledgement.md]", "evidence: [evidence/ack.md]");

        Ccv run = bundle.validate();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aBackslashInAnEvidenceReferenceSaysToUseSlash() {
        bundle.replace("evidence: [evidence/program-acknowledgement.md]",
                "evidence: ['evidence\\program-acknowledgement.md']");

        Ccv run = bundle.validate();

        assertThat(run.err()).contains("evidence path `evidence\\program-acknowledgement.md` uses `\\`;"
                + " separate folders with `/`: `evidence/program-acknowledgement.md`");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aChecklistFolderIsSaidToBeAFolder() throws IOException {
        Files.createDirectories(folder.resolve("my-checklists"));

        Ccv run = bundle.validate("--checklist", "my-checklists");

        assertThat(run.err()).isEqualTo("error: my-checklists: is a folder; give a checklist file (.yaml) or the id"
                + " of a built-in checklist (see `ccv checklists`)\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aLongValueOfTheWrongTypeIsQuotedShort() {
        String longText = "y".repeat(500);
        bundle.replace("  tier: advanced", "  tier: " + longText);

        Ccv run = bundle.validate();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`" + "y".repeat(40) + "…`").doesNotContain("y".repeat(41));
    }

    @Test
    void aPathStartingWithADashSaysHowToWriteIt() throws IOException {
        Files.move(bundle.root(), folder.resolve("-b"));

        Ccv dashed = Ccv.run(folder, "validate", "-b", "--as-of", "2026-06-30");
        Ccv dotted = Ccv.run(folder, "validate", "./-b", "--as-of", "2026-06-30");
        Ccv afterDashes = Ccv.run(folder, "validate", "--as-of", "2026-06-30", "--", "-b");

        assertThat(dashed.err()).contains("ccv: `-b` is taken for an option; to name a file or folder that starts with"
                + " `-`, write `./-b` or put it after `--` (`ccv validate -- -b`)");
        assertThat(dashed.exitCode()).isEqualTo(2);
        assertThat(dotted.exitCode()).as(dotted.err()).isZero();
        assertThat(afterDashes.exitCode()).as(afterDashes.err()).isZero();
    }
}
