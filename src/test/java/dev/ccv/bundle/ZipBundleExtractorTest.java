package dev.ccv.bundle;

import static dev.ccv.bundle.BundleOpenerTest.assertInputError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archives a bundle zip must never be: escaping, linking, or expanding without bound. */
class ZipBundleExtractorTest {

    private static final String REBUILD = "; rebuild the zip from inside the bundle folder, with relative paths";
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @TempDir
    Path target;

    @Test
    void refusesAZipSlipEntryBeforeWritingAnything() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("../evil.txt", "evidence/../../evil.txt"));

        assertRefused(zip, ZipLimits.DEFAULT,
                "entry \"../evil.txt\" would land outside the bundle" + REBUILD,
                "entry \"evidence/../../evil.txt\" would land outside the bundle" + REBUILD);
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesAbsoluteEntries() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("/tmp/evil.txt", "C:\\evil.txt"));

        assertRefused(zip, ZipLimits.DEFAULT,
                "entry \"/tmp/evil.txt\" is an absolute path" + REBUILD,
                "entry \"C:\\evil.txt\" is an absolute path" + REBUILD);
    }

    @Test
    void refusesNamesNoFileCanHave() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("evidence/nul\0.txt", "a:b.txt"));

        assertRefused(zip, ZipLimits.DEFAULT, "entry \"evidence/nul\0.txt\" has a name this system cannot give a"
                + " file; rename it in the bundle and zip it again");
    }

    @Test
    void refusesTwoEntriesForOneFile() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("evidence/", "./evidence/", "evidence/a.txt",
                "./evidence//a.txt"));

        assertRefused(zip, ZipLimits.DEFAULT, "entry \"./evidence//a.txt\" names a file already in the zip; keep"
                + " one copy of each file");
    }

    @Test
    void refusesASymlinkEntry() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("evidence/passwd.txt"));
        TestZips.setUnixMode(zip, "evidence/passwd.txt", 0120777);

        assertRefused(zip, ZipLimits.DEFAULT, "entry \"evidence/passwd.txt\" is a symbolic link; put the file itself"
                + " in the zip (zip without --symlinks)");
    }

    @Test
    void refusesASymlinkEntryMadeByTheZipTool() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v zip").start().waitFor() == 0, "zip is not on PATH");
        Path bundle = Files.createDirectories(dir.resolve("bundle/evidence"));
        Files.writeString(bundle.resolve("../self-assessment.yaml"), "kind: self-assessment\n");
        Files.createSymbolicLink(bundle.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Path zip = dir.resolve("bundle.zip");
        Process zipping = new ProcessBuilder("zip", "-q", "-r", "--symlinks", zip.toString(), ".")
                .directory(dir.resolve("bundle").toFile()).inheritIO().start();
        assertThat(zipping.waitFor()).isZero();

        assertRefused(zip, ZipLimits.DEFAULT, "entry \"evidence/passwd.txt\" is a symbolic link; put the file itself"
                + " in the zip (zip without --symlinks)");
    }

    @Test
    void refusesAZipBombFromItsCentralDirectory() throws IOException {
        Path zip = TestZips.zeros(dir.resolve("bomb.zip"), "evidence/zeros.bin", 200 * MIB);

        assertThatThrownBy(() -> new ZipBundleExtractor(zip, "bomb.zip", ZipLimits.DEFAULT).extractTo(target))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().extracting(InputError::render).asString()
                        .matches("bomb\\.zip: entry \"evidence/zeros\\.bin\" expands \\d+ times \\(200 MiB\\), more"
                                + " than the limit of 100:1; refusing a likely zip bomb"));
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void refusesAnEntryHoldingMoreThanItDeclaresWhileExtractingAndRemovesTheFolder() throws IOException {
        Path zip = TestZips.zeros(dir.resolve("forged.zip"), "evidence/zeros.bin", 5 * MIB);
        TestZips.patchCentralEntry(zip, "evidence/zeros.bin", TestZips.UNCOMPRESSED_SIZE, 4, 1000);

        assertInputError(() -> BundleOpener.open(zip),
                zip + ": entry \"evidence/zeros.bin\" holds more data than it declares; refusing a forged archive");
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Path zip = TestZips.zip(dir.resolve("many.zip"), entries("a", "b", "c", "d"));
        ZipLimits threeEntries = new ZipLimits(3, MIB, MIB, 100);

        assertRefused(zip, threeEntries, "has 4 entries, more than the limit of 3; a bundle needs far"
                + " fewer files, so this is probably not the right archive");
    }

    @Test
    void refusesAnArchiveExpandingPastTheTotalLimit() throws IOException {
        Path zip = TestZips.zip(dir.resolve("big.zip"), Map.of("a.txt", "x".repeat(600_000),
                "b.txt", "y".repeat(600_000)));
        ZipLimits oneMib = new ZipLimits(10, MIB, MIB, 100);

        assertRefused(zip, oneMib, "expands to 1 MiB, more than the limit of 1 MiB; refusing a likely zip bomb");
    }

    @Test
    void refusesManySmallEntriesThatTogetherExpandTooManyTimesTheArchive() throws IOException {
        // each entry is 1 MiB, so the per-entry ratio does not look at it; together they expand ~1000:1
        Path zip = TestZips.manyZeros(dir.resolve("bomb.zip"), 70, MIB);

        assertThatThrownBy(() -> new ZipBundleExtractor(zip, "bomb.zip", ZipLimits.DEFAULT).extractTo(target))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().extracting(InputError::render).asString()
                        .matches("bomb\\.zip: expands to 70 MiB from \\d+ KiB \\(\\d+ times\\), more than the limit"
                                + " of 100:1 for an archive over 64 MiB; refusing a likely zip bomb"));
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void anEntryNameTooLongForTheFileSystemIsNamedNotTheTemporaryFolder() throws IOException {
        String name = "evidence/" + "a".repeat(300) + ".md";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("self-assessment.yaml", "kind: self-assessment\n");
        files.put(name, "long");
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), files);

        assertInputError(() -> BundleOpener.open(zip), zip + ": entry \"" + name + "\" cannot be extracted on this"
                + " system (File name too long); rename it in the bundle and zip it again");
    }

    @Test
    void extractsASafeArchiveWhoseNamesHaveSpacesAndNonAsciiLetters() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("./self-assessment.yaml", "kind: self-assessment\n");
        files.put("preuves/客户 案例/архитектура v2.pdf", "pdf");
        files.put("small-but-very-compressible.txt", "a".repeat(500_000));
        Path zip = TestZips.zip(Files.createDirectories(dir.resolve("Dossier d'évaluation")).resolve("bündle.zip"),
                files);

        try (OpenedBundle opened = BundleOpener.open(zip)) {
            assertThat(opened.root().resolve("preuves/客户 案例/архитектура v2.pdf")).hasContent("pdf");
            assertThat(BundleFiles.list(opened.root())).containsExactly("preuves/客户 案例/архитектура v2.pdf",
                    "self-assessment.yaml", "small-but-very-compressible.txt");
        }
    }

    @Test
    void theOpenerRefusesUnsafeZipsAndRemovesItsFolder() throws IOException {
        Path zip = TestZips.zip(dir.resolve("bundle.zip"), entries("self-assessment.yaml", "../evil.txt"));

        assertInputError(() -> BundleOpener.open(zip), zip + ": entry \"../evil.txt\" would land outside the bundle"
                + REBUILD);
    }

    private void assertRefused(Path zip, ZipLimits limits, String... messages) {
        String[] rendered = java.util.Arrays.stream(messages).map(m -> "bundle.zip: " + m).toArray(String[]::new);
        assertThatThrownBy(() -> new ZipBundleExtractor(zip, "bundle.zip", limits).extractTo(target))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InputError::render).containsExactly(rendered));
        assertThat(target).isEmptyDirectory();
    }

    private static Map<String, String> entries(String... names) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, "content of " + name);
        }
        return entries;
    }
}
