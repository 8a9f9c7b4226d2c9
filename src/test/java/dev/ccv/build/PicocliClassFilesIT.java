package dev.ccv.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ccv.cli.Cli;
import dev.ccv.cli.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The runnable jar after the build step that rewrites picocli's Java 5 class files to version 52
 * (src/build/java/dev/ccv/build/UpgradeClassFiles.java, run after the shade plugin). Run by failsafe
 * in {@code mvn verify}, after {@code package}, on target/ccv.jar; its class path has target/classes
 * and picocli's own jar, the originals to compare with.
 */
class PicocliClassFilesIT {

    static final Path JAR = Path.of("target/ccv.jar");
    static final String PASSING = "examples/passing-precheck";

    @TempDir
    Path temp;

    @Test
    void everyPicocliClassIsAJava8ClassFileAndEveryOtherClassIsAsItsJarHasIt() throws IOException {
        List<String> picocli = new ArrayList<>();
        int others = 0;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(".class")) {
                    continue;
                }
                byte[] bytes = read(jar, entry);
                byte[] original = original(name);
                if (name.startsWith("picocli/")) {
                    picocli.add(name);
                    assertThat(majorVersion(bytes)).as(name).isGreaterThanOrEqualTo(52);
                    assertThat(majorVersion(original)).as("%s in picocli's own jar", name).isLessThan(52);
                } else {
                    others++;
                    assertThat(bytes).as("%s: the build step changes picocli's classes only", name).isEqualTo(original);
                }
            }
        }
        assertThat(picocli).containsExactlyInAnyOrderElementsOf(picocliJarClasses());
        assertThat(picocli).hasSizeGreaterThan(200);
        assertThat(others).isGreaterThan(1000);
    }

    /**
     * Every rewritten class, not only those a run loads, through the split verifier (class files of
     * version 50 and later never fall back to the old one), and with the members it had.
     */
    @Test
    void everyPicocliClassVerifiesLinksAndKeepsItsMembers() throws Exception {
        // Classes of a loader other than the JVM's own are verified unless this is switched off.
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .noneMatch(a -> a.equals("-Xverify:none") || a.equals("-noverify")
                        || a.equals("-XX:-BytecodeVerificationRemote"));
        List<String> names = picocliJarClasses();
        try (URLClassLoader upgraded = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String entry : names) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                Class<?> rewritten;
                try {
                    rewritten = Class.forName(name, true, upgraded); // loads, verifies, links, initializes
                } catch (LinkageError e) {
                    throw new AssertionError(name + " from " + JAR + " does not verify or link: " + e, e);
                }
                assertThat(rewritten.getClassLoader()).isSameAs(upgraded);
                Class<?> original = Class.forName(name, false, CommandLine.class.getClassLoader());
                assertThat(shape(rewritten)).as(name).isEqualTo(shape(original));
            }
        }
    }

    @Test
    void versionRunsWithEveryClassVerified() throws Exception {
        Run run = runJar("--version");

        assertThat(run.err).isEmpty();
        assertThat(run.out).startsWith("ccv ");
        assertThat(run.exitCode).isZero();
        assertThat(run.picocliVerifiedWith("new format")).isNotEmpty();
        assertThat(run.picocliVerifiedWith("old format")).isEmpty();
    }

    @Test
    void aValidationRunsWithEveryClassVerifiedAndReportsAsInProcess() throws Exception {
        Run run = runJar("validate", PASSING, "--as-of", "2026-06-30");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC),
                Path.of("").toAbsolutePath(), false, false);
        int exitCode = Cli.run(new String[] {"validate", PASSING, "--as-of", "2026-06-30"}, new PrintWriter(out, true),
                new PrintWriter(err, true), environment);
        assertThat(run.err).isEqualTo(err.toString());
        assertThat(run.out).isEqualTo(out.toString()).contains("pre-check report");
        assertThat(run.exitCode).isEqualTo(exitCode).isZero();
        assertThat(run.picocliVerifiedWith("new format")).hasSizeGreaterThan(50);
        assertThat(run.picocliVerifiedWith("old format")).isEmpty();
    }

    record Run(int exitCode, String out, String err, List<String> verificationLog) {
        /** The picocli classes that the log says were verified "with new format" or "with old format". */
        List<String> picocliVerifiedWith(String format) {
            return verificationLog.stream()
                    .filter(line -> line.contains("Verifying class picocli.") && line.endsWith(" with " + format))
                    .toList();
        }
    }

    /** {@code java -Xverify:all -jar target/ccv.jar ARGS}: every class verified, the JDK's too. */
    Run runJar(String... args) throws IOException, InterruptedException {
        Path log = temp.resolve("verification.log");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xverify:all", "-Xshare:off", "-Xlog:disable",
                "-Xlog:verification=info:file=" + log, "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("java -jar " + JAR + " " + String.join(" ", args) + " did not end within 60 s");
        }
        List<String> verification;
        try (Stream<String> lines = Files.lines(log)) {
            verification = lines.filter(line -> line.contains("Verifying class ")).toList();
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err), verification);
    }

    /** The class files in picocli's own jar (on this test's class path), as entry names. */
    static List<String> picocliJarClasses() throws IOException {
        Path picocliJar;
        try {
            picocliJar = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        assertThat(picocliJar.getFileName().toString()).startsWith("picocli-").endsWith(".jar");
        try (JarFile jar = new JarFile(picocliJar.toFile())) {
            return jar.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("picocli/") && name.endsWith(".class")).toList();
        }
    }

    /**
     * The class file of that name on this test's class path: in target/classes or in a dependency's
     * jar, as that jar has it (not the Java release's version of a multi-release jar).
     */
    static byte[] original(String entryName) throws IOException {
        URL url = PicocliClassFilesIT.class.getClassLoader().getResource(entryName);
        if (url == null) {
            throw new AssertionError(JAR + " has " + entryName + ", which is on no jar or folder of the class path");
        }
        if (url.getProtocol().equals("file")) {
            return Files.readAllBytes(Path.of(URI.create(url.toString())));
        }
        assertThat(url.getProtocol()).as(url.toString()).isEqualTo("jar");
        String path = url.getPath(); // file:/...jar!/entry
        try (ZipFile jar = new ZipFile(Path.of(URI.create(path.substring(0, path.indexOf("!/")))).toFile())) {
            ZipEntry entry = jar.getEntry(entryName);
            assertThat(entry).as(url.toString()).isNotNull();
            return read(jar, entry);
        }
    }

    static byte[] read(ZipFile jar, ZipEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    static int majorVersion(byte[] classFile) {
        ByteBuffer buffer = ByteBuffer.wrap(classFile);
        assertThat(buffer.getInt(0)).isEqualTo(0xCAFEBABE);
        return Short.toUnsignedInt(buffer.getShort(6));
    }

    /** What a class declares, by name and type: modifiers, supertypes, fields, constructors, methods. */
    static List<String> shape(Class<?> type) {
        List<String> shape = new ArrayList<>();
        shape.add(type.getModifiers() + " " + type.getName() + " extends " + type.getGenericSuperclass()
                + " implements " + Arrays.toString(type.getGenericInterfaces()));
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            members.add(describe(field.getModifiers(), field.toGenericString(), field.isSynthetic()));
        }
        List<Executable> code = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        code.addAll(List.of(type.getDeclaredMethods()));
        for (Executable executable : code) {
            members.add(describe(executable.getModifiers(), executable.toGenericString(), executable.isSynthetic()));
        }
        members.stream().sorted().forEach(shape::add);
        shape.add("declared in " + type.getDeclaringClass() + ", enclosed by " + type.getEnclosingClass());
        return shape;
    }

    static String describe(int modifiers, String declaration, boolean synthetic) {
        return modifiers + " " + declaration + (synthetic ? " synthetic" : "");
    }
}
