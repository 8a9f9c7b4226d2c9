package dev.ccv.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What target/ccv.jar ships of ccv's own classes: no benchmark (src/bench, src/jmh) and no build tool
 * (src/build), so one entry point, {@code dev.ccv.cli.Main}. ArchitectureTest checks the compiled
 * classes; this checks the archive users run, after shading.
 */
class ShippedJarIT {

    private static final DescribedPredicate<JavaClass> OWN = DescribedPredicate.describe("ccv's own",
            type -> type.getPackageName().startsWith("dev.ccv"));

    private static JavaClasses shipped;

    @BeforeAll
    static void importJar() throws IOException {
        try (JarFile jar = new JarFile("target/ccv.jar")) {
            shipped = new ClassFileImporter().importJar(jar).that(OWN);
        }
        assertThat(shipped.contain("dev.ccv.cli.Main")).as("ccv.jar has dev.ccv.cli.Main").isTrue();
    }

    @Test
    void shipsNoBenchmarkOrBuildClass() {
        noClasses().should().resideInAnyPackage("dev.ccv.bench..", "dev.ccv.build..").check(shipped);
    }

    @Test
    void hasOneMain() {
        methods().that().haveName("main").and().areStatic().should().beDeclaredIn("dev.ccv.cli.Main").check(shipped);
    }
}
