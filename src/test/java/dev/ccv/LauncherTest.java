package dev.ccv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ccv} launcher script, run for real by bash in a copy of the tree it looks at, with fake
 * {@code java} and {@code mvn} first on PATH: they log their command lines and make the files the
 * real ones would, so that what the launcher builds, archives, records and finally runs is exact and
 * independent of the machine's JDK and Maven.
 */
class LauncherTest {

    private static final Path BASH = Path.of("/bin/bash");
    private static final List<Path> FLOCKS = List.of(Path.of("/usr/bin/flock"), Path.of("/bin/flock"));

    /** The launcher's default JVM options, before the recorded ones. */
    private static final List<String> DEFAULTS =
            List.of("-XX:+UseSerialGC", "-XX:CompileThresholdScaling=3", "-Xlog:disable", "-Xlog:all=error:stderr");
    /** Where the launcher puts the jar: on the boot class path, and as the class path. */
    private static final List<String> CLASS_PATHS = List.of("-Xbootclasspath/a:T/target/ccv.jar", "-cp", "T/target/ccv.jar");
    /** How the launcher starts ccv: the class paths, then the main class. */
    private static final List<String> LAUNCH = Stream.concat(CLASS_PATHS.stream(), Stream.of("dev.ccv.cli.Main")).toList();
    /** The compiler directives the launcher records where the JVM takes them. */
    private static final List<String> DIRECTIVES = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput",
            "-XX:CompilerDirectivesFile=T/src/main/jvm/compiler-directives.json");
    /** The option the launcher records where the JVM takes it. */
    private static final List<String> HUGE_PAGES = List.of("-XX:+UseTransparentHugePages");

    /**
     * A java that logs "java [arg]..." and acts like enough of the JDK: it writes the class list and
     * the archives it is asked for, lists AOTCacheOutput among its flags when FAKE_JDK >= 25, stops
     * (exit 1) on an option matching the FAKE_REJECT pattern, and otherwise runs "ccv", which exits
     * with FAKE_EXIT.
     */
    private static final String FAKE_JAVA = """
            #!/bin/bash
            { printf 'java'; printf ' [%s]' "$@"; echo; } >>"$FAKE_LOG"
            dump=""
            for arg in "$@"; do
              if [[ -n "${FAKE_REJECT:-}" && "$arg" == $FAKE_REJECT ]]; then
                echo "Unrecognized VM option '${arg#-XX:}'" >&2
                exit 1
              fi
              [[ "$arg" == -Xshare:dump ]] && dump=yes
            done
            for arg in "$@"; do
              case "$arg" in
                -XX:DumpLoadedClassList=*) echo 'dev/ccv/cli/Main' >"${arg#*=}" ;;
                -XX:SharedArchiveFile=*) [[ -n "$dump" ]] && echo 'static archive' >"${arg#*=}" ;;
                -XX:AOTCacheOutput=*) echo 'aot cache' >"${arg#*=}" ;;
                -XX:+PrintFlagsFinal)
                  echo '[Global flags]'
                  if (( ${FAKE_JDK:-17} >= 25 )); then
                    echo '    ccstr AOTCacheOutput                           =                      {product} {default}'
                  fi
                  echo '     bool UseSerialGC                              = false                {product} {default}'
                  exit 0 ;;
                -version) echo "openjdk version \\"${FAKE_JDK:-17}\\"" >&2; exit 0 ;;
              esac
            done
            [[ -n "$dump" ]] && exit 0
            [[ -n "${FAKE_SHOW_LOCALE:-}" ]] && echo "LC_ALL=${LC_ALL:-}"
            echo 'ccv ran'
            exit "${FAKE_EXIT:-0}"
            """;

    /**
     * A Maven that logs "mvn [arg]..." and makes target/ccv.jar (after FAKE_MVN_SLEEP seconds), or
     * fails with 50 lines when FAKE_MVN_FAIL is set.
     */
    private static final String FAKE_MVN = """
            #!/bin/bash
            { printf 'mvn'; printf ' [%s]' "$@"; echo; } >>"$FAKE_LOG"
            sleep "${FAKE_MVN_SLEEP:-0}"
            if [[ -n "${FAKE_MVN_FAIL:-}" ]]; then
              for (( i = 1; i <= 50; i++ )); do echo "build output line $i"; done
              exit 1
            fi
            mkdir -p target && echo 'jar' >target/ccv.jar
            """;

    @TempDir
    Path temp;

    private Path tree;
    private Path bin;
    private Path log;
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void needsBashAndFlock() {
        assumeTrue(Files.isExecutable(BASH), "bash is needed to run the launcher");
        assumeTrue(FLOCKS.stream().anyMatch(Files::isExecutable), "flock is needed by the launcher");
    }

    @BeforeEach
    void copyTheTreeAndFakeTheTools() throws IOException {
        Path root = temp.toRealPath();
        // A space in the path: every path the launcher passes on must stay one argument.
        tree = root.resolve("ccv tree");
        bin = root.resolve("bin");
        log = root.resolve("calls.log");
        Files.createDirectories(tree);
        Files.copy(Path.of("ccv"), tree.resolve("ccv"));
        write(tree.resolve("src/main/jvm/compiler-directives.json"),
                Files.readString(Path.of("src/main/jvm/compiler-directives.json")));
        write(tree.resolve("src/main/java/dev/ccv/cli/Main.java"), "class Main {}\n");
        write(tree.resolve("checklists/example.yaml"), "id: example\n");
        write(tree.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(tree.resolve("examples/passing-precheck"));
        // Sources written an hour ago, as in a checkout: only a build makes anything newer.
        ageAll(tree, 60);
        fake(bin, "java", FAKE_JAVA);
        fake(bin, "mvn", FAKE_MVN);
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("FAKE_LOG", log.toString());
    }

    @Test
    void firstRunBuildsMakesTheArchiveRecordsTheOptionsAndRunsJava() throws Exception {
        env.put("FAKE_EXIT", "3");
        Run run = ccv("validate", "my bundle", "--as-of", "2026-06-30");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("ccv ran\n");
        assertThat(run.err()).isEqualTo("ccv: building the jar (first run, or the sources changed)...\n");
        List<String> archive = List.of("-Xshare:auto", "-XX:SharedArchiveFile=T/target/ccv.jsa");
        assertThat(calls()).containsExactly(
                call("mvn", "-q", "-B", "-DskipTests", "package"),
                call("java", "-XX:+PrintFlagsFinal", "-version"),
                java(List.of("-XX:DumpLoadedClassList=T/target/ccv.classlist.$$.tmp"), LAUNCH, training()),
                java(List.of("-Xshare:dump", "-XX:SharedClassListFile=T/target/ccv.classlist.$$.tmp",
                        "-XX:SharedArchiveFile=T/target/ccv.jsa.$$.tmp"), CLASS_PATHS),
                java(archive, List.of("-version")),
                java(DIRECTIVES, List.of("-version")),
                java(HUGE_PAGES, List.of("-version")),
                java(archive, DIRECTIVES, HUGE_PAGES, LAUNCH, List.of("validate", "my bundle", "--as-of", "2026-06-30")));
        assertThat(recordedOptions()).containsExactly(bin.resolve("java").toString(),
                "-Xshare:auto", "-XX:SharedArchiveFile=" + tree.resolve("target/ccv.jsa"),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput",
                "-XX:CompilerDirectivesFile=" + tree.resolve("src/main/jvm/compiler-directives.json"),
                "-XX:+UseTransparentHugePages");
        assertThat(targetFiles()).containsExactlyInAnyOrder(
                ".ccv-build.lock", "ccv-build.log", "ccv.jar", "ccv.jsa", "ccv.jvm-options");
        assertThat(Files.readString(tree.resolve("target/ccv.jsa"))).isEqualTo("static archive\n");
    }

    @Test
    void aClosedStandardOutputIsRefusedBeforeJavaStarts() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        Files.delete(log);
        Path err = temp.resolve("stderr-closed");
        ProcessBuilder builder = new ProcessBuilder(BASH.toString(), "-c", "exec \"$0\" \"$1\" --version >&-",
                BASH.toString(), tree.resolve("ccv").toString()).directory(temp.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);

        int exitCode = finish(builder.redirectError(err.toFile()).start());

        assertThat(exitCode).isEqualTo(2);
        assertThat(Files.readString(err)).isEqualTo("ccv: standard output is closed; give the command somewhere"
                + " to write (a file, a pipe, or /dev/null)\n");
        assertThat(calls()).isEmpty();
    }

    @ParameterizedTest(name = "LC_ALL={0} LC_CTYPE={1} LANG={2} -> LC_ALL={3}")
    @CsvSource(value = {
        "C, -, -, C.UTF-8",
        "POSIX, -, en_US.UTF-8, C.UTF-8",
        "-, -, -, C.UTF-8",
        "-, -, en_US.UTF-8, ''",
        "-, de_DE.utf8, C, ''",
        "fr_FR.UTF-8, -, -, fr_FR.UTF-8",
    }, nullValues = "-")
    void javaRunsUnderAUtf8LocaleSoThatFileNamesAreUtf8(String all, String ctype, String lang, String expected)
            throws Exception {
        env.put("FAKE_SHOW_LOCALE", "yes");
        putIfSet("LC_ALL", all);
        putIfSet("LC_CTYPE", ctype);
        putIfSet("LANG", lang);

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("LC_ALL=" + expected + "\nccv ran\n");
    }

    private void putIfSet(String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }

    @Test
    void secondRunNeitherBuildsNorRemakesTheArchive() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        List<String> options = recordedOptions();
        Files.delete(log);

        Run second = ccv("--version");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo("ccv ran\n");
        assertThat(calls()).containsExactly(java(options.subList(1, options.size()).stream().map(this::relative)
                .toList(), LAUNCH, List.of("--version")));
        assertThat(recordedOptions()).isEqualTo(options);
    }

    @Test
    void aSourceNewerThanTheJarRebuildsAndRemakesTheArchive() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        // The first run was half an hour ago; a source file was edited ten minutes ago.
        age(tree.resolve("target/ccv.jar"), 30);
        age(tree.resolve("target/ccv.jsa"), 30);
        age(tree.resolve("target/ccv.jvm-options"), 30);
        age(tree.resolve("src/main/java/dev/ccv/cli/Main.java"), 10);
        Files.delete(log);

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("ccv: building the jar (first run, or the sources changed)...\n");
        assertThat(calls()).first().isEqualTo(call("mvn", "-q", "-B", "-DskipTests", "package"));
        assertThat(calls()).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(1);
        assertThat(Files.getLastModifiedTime(tree.resolve("target/ccv.jvm-options")))
                .isGreaterThan(Files.getLastModifiedTime(tree.resolve("target/ccv.jar")));
    }

    @Test
    void twoFirstRunsAtOnceBuildAndArchiveOnce() throws Exception {
        env.put("FAKE_MVN_SLEEP", "0.3");
        Process first = start(tree.resolve("ccv"), "one");
        Process second = start(tree.resolve("ccv"), "two");

        assertThat(finish(first)).isZero();
        assertThat(finish(second)).isZero();

        assertThat(calls()).filteredOn(c -> c.startsWith("mvn")).hasSize(1);
        assertThat(calls()).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(1);
        assertThat(calls()).filteredOn(c -> c.contains("[dev.ccv.cli.Main] [one]")).hasSize(1);
        assertThat(calls()).filteredOn(c -> c.contains("[dev.ccv.cli.Main] [two]")).hasSize(1);
    }

    /** A checklist packed into the jar, or the build step that rewrites picocli's class files in it. */
    @ParameterizedTest
    @ValueSource(strings = {"checklists/new.yaml", "src/build/java/dev/ccv/build/UpgradeClassFiles.java"})
    void aFileTheJarIsBuiltFromNewerThanTheJarRebuilds(String file) throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        age(tree.resolve("target/ccv.jar"), 30);
        age(tree.resolve("target/ccv.jvm-options"), 30);
        write(tree.resolve(file), "new\n");
        age(tree.resolve(file), 10);
        Files.delete(log);

        assertThat(ccv("--version").exitCode()).isZero();

        assertThat(calls()).first().isEqualTo(call("mvn", "-q", "-B", "-DskipTests", "package"));
    }

    @Test
    void aJarBuiltOutsideTheLauncherRemakesTheArchiveWithoutABuild() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        // mvn package run by hand after the first run: a jar newer than the archive.
        age(tree.resolve("target/ccv.jvm-options"), 20);
        age(tree.resolve("target/ccv.jar"), 10);
        Files.delete(log);

        assertThat(ccv("--version").exitCode()).isZero();

        assertThat(calls()).noneMatch(c -> c.startsWith("mvn"));
        assertThat(calls()).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(1);
    }

    @Test
    void withoutTheExampleBundleTheTrainingRunAsksForTheVersion() throws Exception {
        Files.delete(tree.resolve("examples/passing-precheck"));

        assertThat(ccv("validate", "bundle").exitCode()).isZero();

        assertThat(calls()).contains(java(List.of("-XX:DumpLoadedClassList=T/target/ccv.classlist.$$.tmp"), LAUNCH,
                List.of("--version")));
    }

    @Test
    void anotherJavaOnThePathRemakesTheArchiveWithoutABuild() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        Path otherBin = temp.toRealPath().resolve("other-bin");
        fake(otherBin, "java", FAKE_JAVA);
        env.put("PATH", otherBin + ":" + env.get("PATH"));
        Files.delete(log);

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(calls()).noneMatch(c -> c.startsWith("mvn"));
        assertThat(calls()).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(1);
        assertThat(recordedOptions()).first().isEqualTo(otherBin.resolve("java").toString());
        assertThat(calls()).last().isEqualTo(java(relative(recordedOptions().subList(1, recordedOptions().size())),
                LAUNCH, List.of("--version")));
    }

    @Test
    void aMovedCheckoutRemakesTheArchiveForItsNewPlaceWithoutABuild() throws Exception {
        assertThat(ccv("--version").exitCode()).isZero();
        Path moved = tree.resolveSibling("moved tree");
        Files.move(tree, moved);
        tree = moved;
        Files.delete(log);

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(calls()).noneMatch(c -> c.startsWith("mvn"));
        assertThat(calls()).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(1);
        assertThat(recordedOptions().subList(1, recordedOptions().size()))
                .filteredOn(option -> option.contains("=/"))
                .isNotEmpty()
                .allSatisfy(option -> assertThat(option).contains("=" + tree + "/"));
        Files.delete(log);

        assertThat(ccv("--version").exitCode()).isZero();
        assertThat(calls()).hasSize(1);
    }

    @Test
    void javaThroughASymlinkIsRecordedAsItsTargetAndKeepsTheArchive() throws Exception {
        Path linkBin = temp.toRealPath().resolve("link-bin");
        Files.createDirectories(linkBin);
        Files.createSymbolicLink(linkBin.resolve("java"), bin.resolve("java"));
        env.put("PATH", linkBin + ":" + env.get("PATH"));
        assertThat(ccv("--version").exitCode()).isZero();
        assertThat(recordedOptions()).first().isEqualTo(bin.resolve("java").toString());
        Files.delete(log);

        assertThat(ccv("--version").exitCode()).isZero();

        assertThat(calls()).hasSize(1);
    }

    @Test
    void aJdk25GetsAnAotCacheInsteadOfAStaticArchive() throws Exception {
        env.put("FAKE_JDK", "25");

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> cache = List.of("-XX:AOTCache=T/target/ccv.aot");
        assertThat(calls()).containsExactly(
                call("mvn", "-q", "-B", "-DskipTests", "package"),
                call("java", "-XX:+PrintFlagsFinal", "-version"),
                java(List.of("-XX:AOTCacheOutput=T/target/ccv.aot.$$.tmp"), LAUNCH, training()),
                java(cache, List.of("-version")),
                java(DIRECTIVES, List.of("-version")),
                java(HUGE_PAGES, List.of("-version")),
                java(cache, DIRECTIVES, HUGE_PAGES, LAUNCH, List.of("--version")));
        assertThat(recordedOptions()).containsExactly(bin.resolve("java").toString(),
                "-XX:AOTCache=" + tree.resolve("target/ccv.aot"),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput",
                "-XX:CompilerDirectivesFile=" + tree.resolve("src/main/jvm/compiler-directives.json"),
                "-XX:+UseTransparentHugePages");
        assertThat(targetFiles()).containsExactlyInAnyOrder(
                ".ccv-build.lock", "ccv-build.log", "ccv.jar", "ccv.aot", "ccv.jvm-options");
    }

    /**
     * An option the JVM refuses (an older JDK, another operating system) is left out, the others
     * stay: {@code rejected} is the FAKE_REJECT pattern, {@code group} which of the probed groups it hits.
     */
    @ParameterizedTest
    @CsvSource({"0, -Xshare:auto", "1, -XX:CompilerDirectivesFile=*", "2, -XX:+UseTransparentHugePages"})
    void aRejectedOptionIsLeftOutAndTheRunStillWorks(int group, String rejected) throws Exception {
        env.put("FAKE_REJECT", rejected);
        List<List<String>> probed = List.of(
                List.of("-Xshare:auto", "-XX:SharedArchiveFile=T/target/ccv.jsa"),
                DIRECTIVES,
                HUGE_PAGES);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < probed.size(); i++) {
            if (i != group) {
                kept.addAll(probed.get(i));
            }
        }

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ccv ran\n");
        assertThat(relative(recordedOptions().subList(1, recordedOptions().size()))).isEqualTo(kept);
        assertThat(calls()).last().isEqualTo(java(kept, LAUNCH, List.of("--version")));
    }

    @Test
    void aCheckoutWhosePathHoldsTheSeparatorRunsTheJarWithDashJar() throws Exception {
        // A class path cannot name a path with ':' in it; java -jar can.
        Path moved = tree.resolveSibling("ccv:tree");
        Files.move(tree, moved);
        tree = moved;

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ccv ran\n");
        assertThat(calls()).last().asString().endsWith("[-jar] [T/target/ccv.jar] [--version]");
    }

    @Test
    void aFailedBuildShowsTheEndOfTheBuildLogAndExits70() throws Exception {
        env.put("FAKE_MVN_FAIL", "yes");

        Run run = ccv("--version");

        assertThat(run.exitCode()).isEqualTo(70);
        assertThat(run.out()).isEmpty();
        StringBuilder expected = new StringBuilder("ccv: building the jar (first run, or the sources changed)...\n"
                + "ccv: the build failed; the last lines of " + tree.resolve("target/ccv-build.log") + ":\n");
        for (int line = 11; line <= 50; line++) {
            expected.append("build output line ").append(line).append('\n');
        }
        assertThat(run.err()).isEqualTo(expected.toString());
        assertThat(calls()).containsExactly(call("mvn", "-q", "-B", "-DskipTests", "package"));
        assertThat(tree.resolve("target/ccv.jvm-options")).doesNotExist();
    }

    @Test
    void ccvJavaOptsComeAfterTheDefaultsAndTheRecordedOptions() throws Exception {
        env.put("CCV_JAVA_OPTS", "-XX:+UseParallelGC -Xmx64m");

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> recorded = relative(recordedOptions().subList(1, recordedOptions().size()));
        assertThat(calls()).last().isEqualTo(java(recorded,
                List.of("-XX:+UseParallelGC", "-Xmx64m"), LAUNCH, List.of("--version")));
    }

    @Test
    void ccvJavaOptsAreNotFileNamePatterns() throws Exception {
        // The launcher turns on nullglob: an option with a * that matched no file would vanish.
        env.put("CCV_JAVA_OPTS", "-Xlog:gc*:file=gc.log -XX:CompileCommand=quiet,dev/ccv/*.*");

        Run run = ccv("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(calls()).last().asString().endsWith(
                " [-Xlog:gc*:file=gc.log] [-XX:CompileCommand=quiet,dev/ccv/*.*] [-Xbootclasspath/a:T/target/ccv.jar]"
                + " [-cp] [T/target/ccv.jar] [dev.ccv.cli.Main] [--version]");
    }

    @Test
    void startedThroughASymlinkItWorksInTheCheckoutTheLinkPointsTo() throws Exception {
        Path link = bin.resolve("ccv");
        Files.createSymbolicLink(link, tree.resolve("ccv"));

        Run run = run(link, "--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ccv ran\n");
        assertThat(calls()).first().isEqualTo(call("mvn", "-q", "-B", "-DskipTests", "package"));
        assertThat(calls()).last().asString().endsWith("[dev.ccv.cli.Main] [--version]");
        assertThat(targetFiles()).contains("ccv.jar", "ccv.jvm-options");
        assertThat(bin.resolve("target")).doesNotExist();
    }

    private Run ccv(String... args) throws IOException, InterruptedException {
        return run(tree.resolve("ccv"), args);
    }

    private Run run(Path launcher, String... args) throws IOException, InterruptedException {
        Process process = start(launcher, args);
        int exitCode = finish(process);
        return new Run(exitCode, Files.readString(output(args, "stdout")), Files.readString(output(args, "stderr")));
    }

    /** Starts the launcher; its standard output and error go to files named after its first argument. */
    private Process start(Path launcher, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(BASH.toString(), launcher.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.redirectOutput(output(args, "stdout").toFile())
                .redirectError(output(args, "stderr").toFile()).start();
    }

    private static int finish(Process process) throws InterruptedException {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 20 s");
        }
        return process.exitValue();
    }

    private Path output(String[] args, String stream) {
        return temp.resolve(stream + "-" + (args.length == 0 ? "" : args[0]));
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** The logged command lines, with the tree as "T" and the launcher's process id as "$$". */
    private List<String> calls() throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream()
                .map(line -> line.replace(tree.toString(), "T").replaceAll("\\.[0-9]+\\.tmp\\]", ".\\$\\$.tmp]"))
                .toList();
    }

    private static String call(String tool, String... args) {
        StringBuilder line = new StringBuilder(tool);
        for (String arg : args) {
            line.append(" [").append(arg).append(']');
        }
        return line.toString();
    }

    /** A java command line: the default options, then the given groups. */
    @SafeVarargs
    private static String java(List<String>... groups) {
        List<String> args = new ArrayList<>(DEFAULTS);
        for (List<String> group : groups) {
            args.addAll(group);
        }
        return call("java", args.toArray(String[]::new));
    }

    private static List<String> training() {
        List<String> args = new ArrayList<>(List.of("validate", "T/examples/passing-precheck", "--as-of", "2026-06-30"));
        for (String format : List.of("text", "json", "markdown", "junit", "sarif", "html")) {
            args.add("--report");
            args.add(format + "=/dev/null");
        }
        return args;
    }

    private List<String> recordedOptions() throws IOException {
        return Files.readAllLines(tree.resolve("target/ccv.jvm-options"));
    }

    private String relative(String option) {
        return option.replace(tree.toString(), "T");
    }

    private List<String> relative(List<String> options) {
        return options.stream().map(this::relative).toList();
    }

    private List<String> targetFiles() throws IOException {
        try (Stream<Path> files = Files.list(tree.resolve("target"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void fake(Path dir, String name, String script) throws IOException {
        Path file = dir.resolve(name);
        write(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path file, long minutes) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(minutes, ChronoUnit.MINUTES)));
    }

    private static void ageAll(Path dir, long minutes) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                age(file, minutes);
            }
        }
    }
}
