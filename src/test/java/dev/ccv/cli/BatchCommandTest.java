package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.GoldenFiles;
import dev.ccv.authoring.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccv batch} run in-process over a folder holding one bundle of every outcome. */
class BatchCommandTest {

    private static final List<String> SUMMARIES = List.of("text=summary/summary.txt", "json=summary/summary.json",
            "html=summary/summary.html", "markdown=summary/summary.md", "junit=summary/summary.xml");

    @TempDir
    Path folder;

    @Test
    void theSummaryOfAMixedFolderInEveryFormatMatchesItsGoldenFile() throws IOException {
        Portfolios.mixed(folder);

        CliRun run = batch("--jobs", "2", "--summary", "text");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEmpty();
        GoldenFiles.assertMatches("batch/summary.txt", run.out());
        GoldenFiles.assertMatches("batch/summary.json", read("summary/summary.json"));
        GoldenFiles.assertMatches("batch/summary.html", read("summary/summary.html"));
        GoldenFiles.assertMatches("batch/summary.md", read("summary/summary.md"));
        GoldenFiles.assertMatches("batch/summary.xml", read("summary/summary.xml"));
        assertThat(read("summary/summary.txt")).isEqualTo(run.out());
        assertThat(SchemaCheck.of("batch-report").problems(read("summary/summary.json"))).isEmpty();
    }

    @Test
    void eachEvaluatedBundleGetsItsReportsUnderOutNamedAfterItsPathAndNothingElseIsWritten() throws IOException {
        Portfolios.mixed(folder);

        batch("--jobs", "2");

        assertThat(files("out")).containsExactly(
                "acme/devops.html", "acme/devops.json",
                "archive/woodgrove.zip.html", "archive/woodgrove.zip.json",
                "bluewave.html", "bluewave.json",
                "northwind.html", "northwind.json",
                "tampered.html", "tampered.json");
        assertThat(files("summary")).containsExactly("summary.html", "summary.json", "summary.md", "summary.txt",
                "summary.xml");
        assertThat(read("out/acme/devops.json")).isEqualTo(CliRun.of(folder, "validate", "bundles/acme/devops",
                "--as-of", "2026-06-30", "--report", "json").out());
    }

    @Test
    void oneJobAndFourJobsGiveByteIdenticalSummariesAndReports() throws IOException {
        Portfolios.mixed(folder);

        batch("--jobs", "1");
        Map<String, String> oneJob = contents();
        batch("--jobs", "4");

        assertThat(contents()).isEqualTo(oneJob);
        assertThat(oneJob).hasSize(15);
    }

    @Test
    void theExitCodeIsTheHighestOfTheBundles() {
        Portfolios.copy("passing-precheck", folder.resolve("two/a"));
        Portfolios.copy("failing-precheck", folder.resolve("two/b"));

        CliRun run = CliRun.of(folder, "batch", "two", "--as-of", "2026-06-30", "--summary", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"exitCode\": 1\n  }\n}\n");
    }

    @Test
    void aBundleGivenItselfIsNamedAfterItsFolder() {
        Portfolios.copy("passing-precheck", folder.resolve("one"));

        CliRun run = CliRun.of(folder, "batch", "one", "--as-of", "2026-06-30", "--out", "out", "--report", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(folder.resolve("out/one.md")).isRegularFile();
        assertThat(run.out()).contains("\none     pass").contains("Totals  1 bundle: 1 pass, 0 fail;");
    }

    @Test
    void usageMistakesAreRefusedBeforeAnyBundleIsRead() {
        Portfolios.copy("passing-precheck", folder.resolve("bundles/a"));

        assertThat(usage("bundles", "--report", "json=x.json", "--out", "out")).contains("`--report json=x.json`: in a"
                + " batch, each bundle's reports go under --out DIR, named after the bundle; write --report json");
        assertThat(usage("bundles", "--report", "json"))
                .contains("--report needs --out DIR, the folder each bundle's reports go into");
        assertThat(usage("bundles", "--summary", "json", "--summary", "text")).contains("two summaries would go to"
                + " standard output; at most one can: give the others a file, for example --summary json=summary.json");
        assertThat(usage("bundles", "--jobs", "0")).contains("--jobs 0: give at least 1");
        assertThat(usage("bundles", "--summary", "sarif")).contains("unknown summary format `sarif`; the formats are:"
                + " text, json, junit, html, markdown");
        assertThat(usage("bundles", "--out", "bundles/a/reports")).contains("--out bundles/a/reports is inside the"
                + " bundle bundles/a; reports written there would change it: choose a folder outside every bundle");
        assertThat(folder.resolve("bundles/a/reports")).doesNotExist();
    }

    @Test
    void aPathThatIsNotThereOrHoldsNoBundleIsAnInputError() throws IOException {
        Files.createDirectories(folder.resolve("empty"));
        Files.writeString(folder.resolve("notes.txt"), "x");

        CliRun missing = CliRun.of(folder, "batch", "nowhere", "notes.txt");
        CliRun empty = CliRun.of(folder, "batch", "empty");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: nowhere: no such file or folder\n"
                + "error: notes.txt: is neither a folder nor a .zip; give a folder of bundles, a bundle folder or a"
                + " bundle .zip\nccv: 2 input errors; nothing was evaluated.\n");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("error: empty: no bundle found; a bundle is a folder holding"
                + " self-assessment.yaml, or a .zip of one\nccv: 1 input error; nothing was evaluated.\n");
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void aMistakeInAChecklistFileStopsTheBatchBeforeAnyBundle() {
        Portfolios.copy("passing-precheck", folder.resolve("bundles/a"));

        CliRun run = CliRun.of(folder, "batch", "bundles", "--checklist", "missing.yaml", "--summary", "json=s.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: missing.yaml: no such checklist file;");
        assertThat(folder.resolve("s.json")).doesNotExist();
    }

    @Test
    void aLinkLeadingOutsideThePathIsNotFollowedAndSaysSo() throws IOException {
        Portfolios.copy("passing-precheck", folder.resolve("elsewhere/outside"));
        Portfolios.copy("passing-precheck", folder.resolve("bundles/inside"));
        Files.createSymbolicLink(folder.resolve("bundles/link"), folder.resolve("elsewhere"));

        CliRun run = CliRun.of(folder, "batch", "bundles", "--as-of", "2026-06-30", "--summary", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("ccv: not followed: bundles/link is a symbolic link leading outside bundles\n");
        assertThat(run.out()).contains("\"path\": \"bundles/inside\"").doesNotContain("outside");
    }

    private CliRun batch(String... extra) {
        List<String> args = new ArrayList<>(List.of("batch", "bundles", "--as-of", "2026-06-30",
                "--out", "out", "--report", "json", "--report", "html"));
        for (String summary : SUMMARIES) {
            args.add("--summary");
            args.add(summary);
        }
        args.addAll(List.of(extra));
        return CliRun.of(folder, args.toArray(String[]::new));
    }

    private String usage(String... args) {
        List<String> all = new ArrayList<>(List.of("batch"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(folder, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        return run.err();
    }

    private String read(String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }

    private List<String> files(String under) throws IOException {
        Path root = folder.resolve(under);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String under : List.of("out", "summary")) {
            for (String file : files(under)) {
                contents.put(under + "/" + file, read(under + "/" + file));
            }
        }
        return contents;
    }
}
