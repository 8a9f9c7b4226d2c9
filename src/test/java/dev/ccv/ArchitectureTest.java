package dev.ccv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ccv.cli.Main;
import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The dependency directions of README's Architecture section, as rules over the production classes
 * (target/classes): a change that adds an arrow the wrong way fails the build, naming the class and
 * the line of the dependency.
 */
@AnalyzeClasses(packages = "dev.ccv", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** Each arrow of README's Architecture; a layer may use only the layers listed for it. */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.ccv.cli..")
            .layer("batch").definedBy("dev.ccv.batch..")
            .layer("authoring").definedBy("dev.ccv.authoring..")
            .layer("checks").definedBy("dev.ccv.engine.checks..")
            .layer("engine").definedBy("dev.ccv.engine")
            .layer("report").definedBy("dev.ccv.report..")
            .layer("loading").definedBy("dev.ccv.loading..")
            .layer("yaml").definedBy("dev.ccv.yaml..")
            .layer("workbook").definedBy("dev.ccv.workbook..")
            .layer("bundle").definedBy("dev.ccv.bundle..")
            .layer("files").definedBy("dev.ccv.files..")
            .layer("model").definedBy("dev.ccv.model..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("batch").mayOnlyAccessLayers("bundle", "files", "model")
            .whereLayer("authoring").mayOnlyAccessLayers("checks", "engine", "loading", "workbook", "model")
            .whereLayer("checks").mayOnlyAccessLayers("engine", "model")
            .whereLayer("engine").mayOnlyAccessLayers("model")
            .whereLayer("report").mayOnlyAccessLayers("files", "model")
            .whereLayer("loading").mayOnlyAccessLayers("yaml", "files", "model")
            .whereLayer("yaml").mayOnlyAccessLayers("files", "model")
            .whereLayer("workbook").mayOnlyAccessLayers("bundle", "files", "model")
            .whereLayer("bundle").mayOnlyAccessLayers("files", "model")
            .whereLayer("files").mayOnlyAccessLayers("model")
            .whereLayer("model").mayNotAccessAnyLayer();

    /** Every package on its own, subpackages included: none reaches back to a package that uses it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.ccv.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule picocliOnlyInTheCli = noClasses().that().resideOutsideOfPackage("dev.ccv.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the engine, loaders and reports are used and tested without a command line");

    @ArchTest
    static final ArchRule snakeyamlOnlyInYamlAndLoading = noClasses()
            .that().resideOutsideOfPackages("dev.ccv.yaml..", "dev.ccv.loading..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
            .because("YAML is parsed in dev.ccv.yaml and its nodes read, with their positions, by the loaders");

    /** The terminal (a progress bar, colours, standard streams) is the command line's business. */
    @ArchTest
    static final ArchRule noTerminalInTheCore = noClasses()
            .that().resideInAnyPackage("dev.ccv.bundle..", "dev.ccv.engine..", "dev.ccv.loading..", "dev.ccv.yaml..",
                    "dev.ccv.model..", "dev.ccv.files..", "dev.ccv.batch..")
            .should(ACCESS_STANDARD_STREAMS)
            .orShould().dependOnClassesThat().belongToAnyOf(Console.class, PrintWriter.class, PrintStream.class)
            .because("a terminal UI belongs in dev.ccv.cli; the core reports progress through a listener");

    /** Benchmarks and build tools (src/bench, src/jmh, src/build) have their own main; the product has one. */
    @ArchTest
    static final ArchRule oneMain = methods().that().haveName("main").and().areStatic()
            .should().beDeclaredIn(Main.class);

    @ArchTest
    static final ArchRule noBenchmarkClasses = noClasses().should().resideInAPackage("dev.ccv.bench..")
            .because("src/bench and src/jmh are compiled only by the jmh profile, never into the product");
}
