package dev.ccv.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.loading.ChecklistLibrary;
import dev.ccv.model.Checklist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped schemas accept every file ccv itself accepts or writes — each example, each
 * {@code ccv init} template, each built-in checklist — and reject broken ones.
 */
class SchemasTest {

    static final Path BROKEN = Path.of("src/test/resources/authoring/schema");

    @Test
    void everyNamedSchemaIsShippedAndIs202012() {
        for (String name : Schemas.NAMES) {
            assertThat(SchemaCheck.tree(name).path("$schema").asText())
                    .as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
        assertThat(Schemas.text("nope")).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInChecklistMatchesTheChecklistSchema() throws IOException {
        SchemaCheck schema = SchemaCheck.of("checklist");
        return yamlFiles(Path.of("checklists")).map(file -> DynamicTest.dynamicTest(file.toString(),
                () -> assertThat(schema.problems(SchemaCheck.read(file))).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchemas() throws IOException {
        SchemaCheck selfAssessment = SchemaCheck.of("self-assessment");
        SchemaCheck audit = SchemaCheck.of("audit");
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            return examples.filter(Files::isDirectory).sorted().toList().stream()
                    .map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
                        assertThat(selfAssessment.problems(SchemaCheck.read(example.resolve("self-assessment.yaml"))))
                                .isEmpty();
                        Path auditFile = example.resolve("audit.yaml");
                        if (Files.exists(auditFile)) {
                            assertThat(audit.problems(SchemaCheck.read(auditFile))).isEmpty();
                        }
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInitTemplateMatchesTheSelfAssessmentSchema() {
        SchemaCheck schema = SchemaCheck.of("self-assessment");
        List<Checklist> all = ChecklistLibrary.builtIn().all();
        assertThat(all).isNotEmpty();
        return all.stream().map(checklist -> DynamicTest.dynamicTest(checklist.id(),
                () -> assertThat(schema.problems(SelfAssessmentTemplate.render(checklist))).isEmpty()));
    }

    @Test
    void aBrokenChecklistIsRejected() throws IOException {
        assertThat(SchemaCheck.of("checklist").problems(Files.readString(BROKEN.resolve("broken-checklist.yaml"))))
                .containsExactly(
                        "$.sections[0].items[0].check.type: does not have a value in the enumeration [\"attestation\","
                                + " \"partner-tier\", \"case-study-count\", \"case-study-fields\", \"field\","
                                + " \"corporate-events\", \"at-least\", \"certification-count\", \"contribution-count\","
                                + " \"nomination\", \"employer\"]",
                        "$.sections[0].items[0].id: does not match the regex pattern ^[A-Z][A-Z0-9]*-[0-9]+$",
                        "$.sections[0].items[0]: property 'descripton' is not defined in the schema and the schema"
                                + " does not allow additional properties",
                        "$.version: integer found, string expected");
    }

    @Test
    void caseStudyFieldsNeedsCaseStudyScopeInTheSchemaToo() throws IOException {
        assertThat(SchemaCheck.of("checklist").problems(
                Files.readString(BROKEN.resolve("case-study-fields-partner-scope.yaml"))))
                .contains("$.sections[0].items[0]: required property 'scope' not found");
    }

    @Test
    void aBrokenSelfAssessmentIsRejected() throws IOException {
        assertThat(SchemaCheck.of("self-assessment").problems(
                Files.readString(BROKEN.resolve("broken-self-assessment.yaml"))))
                .containsExactly(
                        "$.caseStudies[0].dateDelivered: does not match the regex pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                        "$.caseStudies[0].public: string found, boolean expected",
                        "$.checklistVersion: number found, string expected",
                        "$.partner.apnId: integer found, string expected",
                        "$.partner.tier: does not have a value in the enumeration [\"registered\", \"select\","
                                + " \"advanced\", \"premier\"]",
                        "$.responses.BR-004.status: does not have a value in the enumeration [\"met\", \"not-met\","
                                + " \"not-applicable\"]",
                        "$.responses.BR-004: property 'evidance' is not defined in the schema and the schema does not"
                                + " allow additional properties");
    }

    @Test
    void aBrokenAuditIsRejected() throws IOException {
        assertThat(SchemaCheck.of("audit").problems(Files.readString(BROKEN.resolve("broken-audit.yaml"))))
                .containsExactly(
                        "$.findings[0].remediation: does not have a value in the enumeration [\"open\", \"remediated\","
                                + " \"unremediable\"]",
                        "$.findings[0].result: does not have a value in the enumeration [\"unmet\", \"met\"]",
                        "$.findings[0]: property 'notes' is not defined in the schema and the schema does not allow"
                                + " additional properties",
                        "$: required property 'date' not found");
    }

    private static Stream<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }
}
