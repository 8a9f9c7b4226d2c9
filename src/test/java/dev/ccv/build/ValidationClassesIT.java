package dev.ccv.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ccv.report.ReportFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What target/ccv.jar loads to validate a bundle and write every report format, started as
 * {@code ./ccv} starts it (from the boot class path). The launcher's class-data-sharing archive is
 * made from such a run, so each class loaded here is mapped at every start: jackson-databind (some
 * 700 classes, a third of the archive) must stay off this path; only {@code ccv diff} reads reports
 * with it. Nor may a validation read a resource from the jar: the first one parses the jar's index
 * of some 2,000 entries in Java (the built-in checklists and the version are compiled in instead).
 */
class ValidationClassesIT {

    private static final Path JAR = Path.of("target/ccv.jar");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"examples/passing-precheck", "examples/audit-case-study-removed"})
    void writingEveryReportFormatLoadsNoDatabindClass(String bundle) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", bundle, "--as-of", "2026-06-30"));
        for (String format : ReportFormats.names()) {
            args.add("--report");
            args.add(format + "=" + temp.resolve("report." + format));
        }

        List<String> loaded = classesLoadedBy(args);

        for (String format : ReportFormats.names()) {
            assertThat(temp.resolve("report." + format)).as("the %s report", format).isNotEmptyFile();
        }
        // the log names the classes as the check below expects
        assertThat(loaded).contains("dev.ccv.report.SarifReporter", "com.fasterxml.jackson.core.JsonGenerator");
        assertThat(loaded).filteredOn(name -> name.startsWith("com.fasterxml.jackson.databind.")).isEmpty();
        assertThat(loaded).doesNotContain("java.util.zip.ZipFile", "java.util.jar.JarFile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "html"})
    void theWorkbookWriterLoadsOnlyWhenAnXlsxReportIsAskedFor(String format) throws Exception {
        List<String> plain = classesLoadedBy(List.of("validate", "examples/passing-precheck", "--as-of", "2026-06-30",
                "--report", format + "=" + temp.resolve("report." + format)));
        List<String> withXlsx = classesLoadedBy(List.of("validate", "examples/passing-precheck", "--as-of",
                "2026-06-30", "--report", "xlsx=" + temp.resolve("report.xlsx")));

        assertThat(plain).noneMatch(name -> name.startsWith("org.dhatim.") || name.startsWith("dev.ccv.report.xlsx.")
                || name.startsWith("dev.ccv.workbook.") || name.equals("dev.ccv.report.XlsxReporter"));
        assertThat(withXlsx).contains("dev.ccv.report.XlsxReporter", "org.dhatim.fastexcel.Workbook");
    }

    /** The classes that {@code java -Xbootclasspath/a:target/ccv.jar dev.ccv.cli.Main ARGS} loads, by name. */
    private List<String> classesLoadedBy(List<String> args) throws IOException, InterruptedException {
        Path log = temp.resolve("class-load.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:disable", "-Xlog:class+load=info:file=" + log,
                "-Xbootclasspath/a:" + JAR, "-cp", JAR.toString(), "dev.ccv.cli.Main"));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ccv " + String.join(" ", args) + " did not end within 60 s");
        }
        assertThat(process.exitValue()).as("exit code of ccv %s", String.join(" ", args)).isIn(0, 1);
        try (Stream<String> lines = Files.lines(log)) {
            // "[0.123s][info][class,load] com.example.Name source: ..."
            return lines.map(line -> line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2))
                    .map(rest -> rest.substring(0, rest.indexOf(' ')))
                    .toList();
        }
    }
}
