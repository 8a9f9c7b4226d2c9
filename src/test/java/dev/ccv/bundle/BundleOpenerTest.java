package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleOpenerTest {

    @TempDir
    Path dir;

    @Test
    void opensABundleFolderWithItsAuditRecord() throws IOException {
        Path bundle = folderBundle("bundle");
        Files.writeString(bundle.resolve("audit.yaml"), "kind: audit\n");

        try (OpenedBundle opened = BundleOpener.open(bundle)) {
            assertThat(opened.root()).isEqualTo(bundle);
            assertThat(opened.selfAssessment()).isEqualTo(bundle.resolve("self-assessment.yaml"));
            assertThat(opened.audit()).contains(bundle.resolve("audit.yaml"));
            assertThat(opened.extraction()).isEmpty();
            assertThat(opened.displayName(bundle.resolve("evidence/globex/architecture.pdf")))
                    .isEqualTo("evidence/globex/architecture.pdf");
        }
    }

    @Test
    void anAuditRecordGivenExplicitlyWinsOverTheBundledOne() throws IOException {
        Path bundle = folderBundle("bundle");
        Files.writeString(bundle.resolve("audit.yaml"), "kind: audit\n");
        Path other = Files.writeString(dir.resolve("second-audit.yaml"), "kind: audit\n");

        try (OpenedBundle opened = BundleOpener.open(bundle, null, other)) {
            assertThat(opened.audit()).contains(other);
            assertThat(opened.displayName(other)).isEqualTo(other.toString());
        }
    }

    @Test
    void aFolderWithoutSelfAssessmentIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertInputError(() -> BundleOpener.open(empty), empty + ": has no self-assessment.yaml; a bundle holds it"
                + " at its top (or give the self-assessment file itself)");
    }

    @Test
    void aMissingPathIsAnInputError() throws IOException {
        Path missing = dir.resolve("missing");

        assertInputError(() -> BundleOpener.open(missing), missing + ": no such file or folder");
    }

    @Test
    void aSelfAssessmentFileHasItsFolderAsRootUnlessAnotherIsGiven() throws IOException {
        Path bundle = folderBundle("bundle");
        Path evidence = Files.createDirectories(dir.resolve("evidence-store"));
        Path selfAssessment = bundle.resolve("self-assessment.yaml");

        try (OpenedBundle opened = BundleOpener.open(selfAssessment)) {
            assertThat(opened.root()).isEqualTo(bundle);
            assertThat(opened.audit()).isEmpty();
        }
        try (OpenedBundle opened = BundleOpener.open(selfAssessment, evidence, null)) {
            assertThat(opened.root()).isEqualTo(evidence);
            assertThat(opened.selfAssessment()).isEqualTo(selfAssessment);
        }
    }

    @Test
    void aBundleRootIsRefusedWithAFolderAndMustBeAFolder() throws IOException {
        Path bundle = folderBundle("bundle");
        Path notAFolder = bundle.resolve("self-assessment.yaml");

        assertInputError(() -> BundleOpener.open(bundle, dir, null), bundle + ": a separate bundle root can only be"
                + " given with a self-assessment file; a bundle folder or zip is its own root");
        assertInputError(() -> BundleOpener.open(notAFolder, notAFolder, null), notAFolder + ": is not a folder;"
                + " the bundle root is the folder evidence paths start from");
    }

    @Test
    void opensAZipHoldingTheFilesAtItsTopInAPrivateFolderRemovedOnClose() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), bundleEntries(""));

        OpenedBundle opened = BundleOpener.open(zip);
        Path extracted = opened.extraction().orElseThrow().path();

        assertThat(opened.root()).isEqualTo(extracted);
        assertThat(opened.audit()).contains(extracted.resolve("audit.yaml"));
        assertThat(extracted.resolve("evidence/globex/architecture.pdf")).hasContent("pdf");
        assertThat(opened.displayName(opened.selfAssessment())).isEqualTo("self-assessment.yaml");
        opened.close();
        assertThat(extracted).doesNotExist();
    }

    @Test
    void opensAZipOfTheBundleFolderEvenWithMacOsMetadataBesideIt() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>(bundleEntries("acme bundle/"));
        entries.put("__MACOSX/acme bundle/._self-assessment.yaml", "resource fork");
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries);

        try (OpenedBundle opened = BundleOpener.open(zip)) {
            assertThat(opened.root()).isEqualTo(opened.extraction().orElseThrow().path().resolve("acme bundle"));
            assertThat(opened.displayName(opened.root().resolve("evidence/globex/architecture.pdf")))
                    .isEqualTo("evidence/globex/architecture.pdf");
        }
    }

    @Test
    void aZipWithoutSelfAssessmentIsRefusedAndLeavesNothingBehind() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), Map.of("one/a.txt", "a", "two/b.txt", "b"));

        assertInputError(() -> BundleOpener.open(zip), zip + ": has no self-assessment.yaml at its top or in its"
                + " one top folder; zip the bundle folder itself");
    }

    @Test
    void aFileNamedZipThatIsNotOneIsAnInputError() throws IOException {
        Path zip = Files.writeString(dir.resolve("bundle.zip"), "kind: self-assessment\n");

        assertInputError(() -> BundleOpener.open(zip), zip + ": is not a readable zip archive (zip END header not"
                + " found); check that it was copied whole, or give the bundle folder instead");
    }

    @Test
    void closingAFolderBundleRemovesNothing() throws IOException {
        Path bundle = folderBundle("bundle");

        new OpenedBundle(bundle, bundle.resolve("self-assessment.yaml"), Optional.empty(), Optional.empty()).close();

        assertThat(bundle.resolve("self-assessment.yaml")).exists();
    }

    private Path folderBundle(String name) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve(name).resolve("evidence/globex")).getParent().getParent();
        Files.writeString(bundle.resolve("self-assessment.yaml"), "kind: self-assessment\n");
        Files.writeString(bundle.resolve("evidence/globex/architecture.pdf"), "pdf");
        return bundle;
    }

    private static Map<String, String> bundleEntries(String top) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(top + "self-assessment.yaml", "kind: self-assessment\n");
        entries.put(top + "audit.yaml", "kind: audit\n");
        entries.put(top + "evidence/", "");
        entries.put(top + "evidence/globex/architecture.pdf", "pdf");
        return entries;
    }

    /** Asserts the one input error, and that no extraction folder was left behind. */
    static void assertInputError(org.assertj.core.api.ThrowableAssert.ThrowingCallable open, String rendered)
            throws IOException {
        long before = extractionFolders();
        assertThatThrownBy(open).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InputError::render).containsExactly(rendered));
        assertThat(extractionFolders()).isEqualTo(before);
    }

    /** How many extraction folders the system's temporary folder holds. */
    private static long extractionFolders() throws IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("ccv-bundle-")).count();
        }
    }
}
