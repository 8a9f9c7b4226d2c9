package dev.ccv.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that compiles the checklists into the jar (src/build/java/dev/ccv/build/
 * GenerateSources.java), run as the build runs it, on files that test its escaping and its limits:
 * the generated class, compiled and loaded, gives back every text exactly.
 */
class GenerateSourcesTest {

    private static final Path GENERATOR = Path.of("src/build/java/dev/ccv/build/GenerateSources.java");

    @TempDir
    Path temp;

    @Test
    void theGeneratedClassGivesBackEveryTextExactly() throws Exception {
        Path checklists = Files.createDirectories(temp.resolve("checklists"));
        String awkward = "quotes \" and \\ backslashes \\u0041, tabs\t, CR\r\n, \u2026 \u00e9 \uD83D\uDE00 \u0000 \u007f end";
        // over the 65,535 bytes one constant holds, a surrogate pair at each chunk's edge
        String huge = ("x".repeat(3_999) + "\uD83D\uDE00").repeat(20) + "\u2026".repeat(10_000);
        Files.writeString(checklists.resolve("b-awkward.yaml"), awkward, StandardCharsets.UTF_8);
        Files.writeString(checklists.resolve("a-huge.yaml"), huge, StandardCharsets.UTF_8);
        Files.writeString(checklists.resolve("c-empty.yaml"), "", StandardCharsets.UTF_8);
        Files.writeString(checklists.resolve("README.md"), "not a checklist", StandardCharsets.UTF_8);
        Path sources = temp.resolve("generated");

        generate(checklists, sources, "1.2.3");

        Class<?> generated = compileAndLoad(sources.resolve("dev/ccv/loading/BuiltInChecklists.java"),
                "dev.ccv.loading.BuiltInChecklists");
        Method text = generated.getDeclaredMethod("text", String.class);
        text.setAccessible(true);
        var names = generated.getDeclaredField("NAMES");
        names.setAccessible(true);
        assertThat(names.get(null)).isEqualTo(List.of("a-huge.yaml", "b-awkward.yaml", "c-empty.yaml"));
        assertThat(text.invoke(null, "a-huge.yaml")).isEqualTo(huge);
        assertThat(text.invoke(null, "b-awkward.yaml")).isEqualTo(awkward);
        assertThat(text.invoke(null, "c-empty.yaml")).isEqualTo("");
        assertThat(text.invoke(null, "README.md")).isNull();
        assertThat(Files.readString(sources.resolve("dev/ccv/cli/BuildVersion.java")))
                .contains("static final String VERSION = \"1.2.3\";");
    }

    @Test
    void anUnchangedFileIsNotWrittenAgain() throws Exception {
        Path checklists = Files.createDirectories(temp.resolve("checklists"));
        Files.writeString(checklists.resolve("a.yaml"), "id: a\n");
        Path sources = temp.resolve("generated");
        generate(checklists, sources, "1.0.0");
        Path version = sources.resolve("dev/ccv/cli/BuildVersion.java");
        Path texts = sources.resolve("dev/ccv/loading/BuiltInChecklists.java");
        Files.setLastModifiedTime(version, FileTime.fromMillis(0));
        Files.setLastModifiedTime(texts, FileTime.fromMillis(0));

        Files.writeString(checklists.resolve("a.yaml"), "id: a, changed\n");
        generate(checklists, sources, "1.0.0");

        assertThat(Files.getLastModifiedTime(version).toMillis()).isZero();
        assertThat(Files.getLastModifiedTime(texts).toMillis()).isPositive();
        assertThat(Files.readString(texts)).contains("id: a, changed");
    }

    private static void generate(Path checklists, Path output, String version) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, GENERATOR.toString(), checklists.toString(), output.toString(), version)
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the generator ended").isTrue();
        assertThat(process.exitValue()).as(log).isZero();
    }

    private Class<?> compileAndLoad(Path source, String name) throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-encoding", "UTF-8", "-d", classes.toString(), source.toString());
        assertThat(result).as("javac of the generated source").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        return Class.forName(name, true, loader);
    }
}
