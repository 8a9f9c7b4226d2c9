package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestsTest {

    @TempDir
    Path dir;

    @Test
    void namesEachInputAsTheBundleShowsItWithItsSha256InTheOrderGiven() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Path selfAssessment = Files.writeString(bundle.resolve("self-assessment.yaml"), "abc");
        Path audit = Files.writeString(dir.resolve("audit.yaml"), "");
        OpenedBundle opened = new OpenedBundle(bundle, selfAssessment, Optional.of(audit), Optional.empty());

        assertThat(InputDigests.of(opened, List.of(selfAssessment, audit))).containsExactly(
                new InputFile("self-assessment.yaml", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                new InputFile(audit.toString(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void hashedInTheBackgroundGivesTheSame() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Path selfAssessment = Files.writeString(bundle.resolve("self-assessment.yaml"), "abc");
        OpenedBundle opened = new OpenedBundle(bundle, selfAssessment, Optional.empty(), Optional.empty());

        try (BackgroundTask<List<InputFile>> digests = InputDigests.start(opened, List.of(selfAssessment))) {
            assertThat(digests.get()).isEqualTo(InputDigests.of(opened, List.of(selfAssessment)));
        }
    }
}
