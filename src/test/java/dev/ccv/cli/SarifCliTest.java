package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report as code scanning reads it from a CI job at the root of a repository whose
 * bundles live in subfolders: each URI resolves against the repository root, and each message
 * reads once.
 */
class SarifCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repository;

    @BeforeEach
    void copyTheFailingExampleIntoASubfolder() throws IOException {
        copy(Path.of("examples/failing-precheck"), repository.resolve("bundles/acme"));
    }

    @Test
    void aBundleUnderTheWorkingDirectoryGetsUrisThatResolveFromTheRepositoryRoot() throws IOException {
        JsonNode run = sarif(repository, "bundles/acme");

        assertThat(run.at("/originalUriBaseIds").fieldNames()).toIterable().containsExactly("%SRCROOT%");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").isMissingNode())
                .as("no absolute path of this machine in the log").isTrue();
        List<JsonNode> locations = locations(run);
        assertThat(locations).isNotEmpty();
        for (JsonNode location : locations) {
            String uri = location.get("uri").asText();
            assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(uri).startsWith("bundles/acme/");
            assertThat(repository.resolve(uri)).as(uri).isRegularFile();
        }
    }

    @Test
    void theBundlePathOptionPlacesABundleTheWorkingDirectoryDoesNotHold() throws IOException {
        Path elsewhere = Files.createDirectories(repository.resolve("ci-workspace"));

        JsonNode run = sarif(elsewhere, "../bundles/acme", "--sarif-bundle-path", "./bundles/acme");

        for (JsonNode location : locations(run)) {
            assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(repository.resolve(location.get("uri").asText())).isRegularFile();
        }
    }

    @Test
    void aZipBundleGetsPathsInsideItUnderTheBundleRootBase() throws IOException {
        zip(repository.resolve("bundles/acme"), repository.resolve("acme.zip"));

        JsonNode run = sarif(repository, "acme.zip");

        assertThat(run.at("/originalUriBaseIds/BUNDLEROOT/description/text").asText())
                .isEqualTo("The root folder inside the bundle archive acme.zip; give --sarif-bundle-path to place it"
                        + " in the repository.");
        for (JsonNode location : locations(run)) {
            assertThat(location.get("uriBaseId").asText()).isEqualTo("BUNDLEROOT");
            assertThat(repository.resolve("bundles/acme").resolve(location.get("uri").asText())).isRegularFile();
        }
    }

    @Test
    void aCaseStudyFindingNamesItsCaseStudyOnce() throws IOException {
        JsonNode run = sarif(repository, "bundles/acme");

        List<String> messages = new ArrayList<>();
        run.get("results").forEach(r -> messages.add(r.at("/message/text").asText()));
        assertThat(messages).contains("case study cs-tailspin: missing outcomes");
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContainPattern("case study (\\S+)\\b.*case study \\1\\b"));
    }

    @Test
    void aBundlePathThatLeavesTheRepositoryIsAUsageError() {
        CliRun run = CliRun.of(repository, "validate", "bundles/acme", "--as-of", "2026-06-30",
                "--report", "sarif", "--sarif-bundle-path", "../outside");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("`../outside` is not a path inside the repository; write the bundle folder's"
                + " path relative to the repository root, such as bundles/acme");
    }

    private static JsonNode sarif(Path workingDirectory, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("validate"));
        all.add(args[0]);
        all.addAll(List.of("--as-of", "2026-06-30", "--report", "sarif"));
        all.addAll(List.of(args).subList(1, args.length));
        CliRun run = CliRun.of(workingDirectory, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        return JSON.readTree(run.out()).at("/runs/0");
    }

    /** Every artifactLocation of the run's results and notifications. */
    private static List<JsonNode> locations(JsonNode run) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            result.get("locations").forEach(l -> found.add(l.at("/physicalLocation/artifactLocation")));
        }
        return found;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path entry : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(entry).toString().replace('\\', '/')));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
    }
}
