package dev.ccv.loading;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Offering;
import dev.ccv.model.Publication;
import dev.ccv.model.Scope;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Validity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistLoaderTest {

    private static final String FILE = "checklists/test.yaml";
    private final ChecklistLoader loader = new ChecklistLoader();

    @Test
    void loadsAFullChecklistWithPositions() {
        Checklist checklist = loader.load(Errors.resource("checklist-full.yaml"), "checklist-full.yaml", "built-in");

        assertThat(checklist.id()).isEqualTo("test-devops");
        assertThat(checklist.title()).isEqualTo("Test DevOps Competency");
        assertThat(checklist.version()).isEqualTo("2025.1");
        assertThat(checklist.source()).isEqualTo("built-in");
        assertThat(checklist.solutionCategories()).containsExactly("product-design", "production");
        assertThat(checklist.deploymentTypes()).containsExactly("saas", "customer-deployed");
        assertThat(checklist.position()).isEqualTo(new SourcePosition("checklist-full.yaml", 1, 1));
        assertThat(checklist.sections()).extracting(Section::id).containsExactly("business", "architecture-baseline");
        assertThat(checklist.items()).extracting(Item::id).containsExactly("BR-001", "BR-002", "ARC-001");

        Item tier = checklist.item("BR-001").orElseThrow();
        assertThat(tier.title()).isEqualTo("Partner is at the Advanced tier or higher");
        assertThat(tier.description()).isEqualTo("The partner tier must be Advanced or Premier.");
        assertThat(tier.severity()).isEqualTo(Severity.REQUIRED);
        assertThat(tier.scope()).isEqualTo(Scope.PARTNER);
        assertThat(tier.allowNotApplicable()).isFalse();
        assertThat(tier.appliesTo()).isEqualTo(AppliesTo.ALWAYS);
        assertThat(tier.position()).isEqualTo(new SourcePosition("checklist-full.yaml", 11, 9));
        assertThat(tier.check().type()).isEqualTo("partner-tier");
        assertThat(tier.check().parameters()).containsOnlyKeys("atLeast");
        assertThat(tier.check().parameters().get("atLeast"))
                .isEqualTo(new Located<Object>("advanced", new SourcePosition("checklist-full.yaml", 14, 47)));
    }

    @Test
    void keepsCheckParametersAsPlainValues() {
        Checklist checklist = loader.load(Errors.resource("checklist-full.yaml"), "checklist-full.yaml", "built-in");
        CheckSpec check = checklist.item("BR-002").orElseThrow().check();

        assertThat(check.type()).isEqualTo("case-study-count");
        assertThat(check.position()).isEqualTo(new SourcePosition("checklist-full.yaml", 19, 11));
        assertThat(check.parameters().get("minimum").value()).isEqualTo(2L);
        assertThat(check.parameters().get("distinctCustomers").value()).isEqualTo(true);
        assertThat(check.parameters().get("ratio").value()).isEqualTo(0.5);
        assertThat(check.parameters().get("fields").value()).isEqualTo(List.of("customer", "outcomes"));
        assertThat(check.parameters().get("since").value()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(check.parameters().get("minimum").position().line()).isEqualTo(20);
        assertThat(checklist.item("BR-002").orElseThrow().severity()).isEqualTo(Severity.RECOMMENDED);
    }

    @Test
    void readsAppliesToAndDefaultsTheCheckToAttestation() {
        Checklist checklist = loader.load(Errors.resource("checklist-full.yaml"), "checklist-full.yaml", "built-in");
        Section architecture = checklist.sections().get(1);
        Item mfa = checklist.item("ARC-001").orElseThrow();

        assertThat(architecture.appliesTo()).isEqualTo(new AppliesTo(null, null, true, null));
        assertThat(mfa.scope()).isEqualTo(Scope.CASE_STUDY);
        assertThat(mfa.allowNotApplicable()).isTrue();
        assertThat(mfa.description()).isNull();
        assertThat(mfa.appliesTo()).isEqualTo(new AppliesTo(List.of("production"), null, null, true));
        assertThat(architecture.appliesToOf(mfa)).isEqualTo(new AppliesTo(List.of("production"), null, true, true));
        assertThat(mfa.check()).isEqualTo(CheckSpec.defaultFor(mfa.position()));
    }

    @Test
    void reportsUnknownDuplicateAndMissingKeys() {
        assertThat(errors("""
                kind: checklist
                id: test
                titel: Test
                version: "1"
                sections:
                  - id: business
                    title: Business
                    title: Again
                    items:
                      - id: BR-001
                        title: One
                        chek: { type: attestation }
                      - title: No id
                """)).containsExactly(
                FILE + ":3:1: unknown key `titel` in the checklist (did you mean `title`?)",
                FILE + ":8:5: duplicate key `title` in a checklist section (first on line 7)",
                FILE + ":12:9: unknown key `chek` in a checklist item (did you mean `check`?)",
                FILE + ":13:9: missing required key `id` in a checklist item");
    }

    @Test
    void listsValidKeysWhenNoneIsClose() {
        assertThat(errors(valid().replace("title: Test\n", "title: Test\nowner: me\n"))).containsExactly(
                FILE + ":4:1: unknown key `owner` in the checklist; valid keys: kind, id, title, version,"
                        + " subject, solutionCategories, deploymentTypes, sections, offering, source, validity");
    }

    @Test
    void refusesAnUnquotedVersion() {
        assertThat(errors(valid().replace("version: \"1.10\"", "version: 1.10"))).containsExactly(
                FILE + ":4:10: `version`: YAML reads unquoted `1.10` as a number, not text; write version: \"1.10\"");
    }

    @Test
    void refusesABooleanWhereTextIsExpected() {
        assertThat(errors(valid().replace("title: Test", "title: true"))).containsExactly(
                FILE + ":3:8: `title`: YAML reads unquoted `true` as a boolean, not text; write title: \"true\"");
    }

    @Test
    void reportsWrongTypesWithWhatWasFound() {
        assertThat(errors(valid().replace("title: Test", "title: [a, b]").replace("items:", "items: {}\n    x:")))
                .containsExactly(
                        FILE + ":3:8: `title` must be text, found a list",
                        FILE + ":8:12: `items` must be a list, found a mapping",
                        FILE + ":9:5: unknown key `x` in a checklist section; valid keys: id, title, appliesTo, items");
    }

    @Test
    void reportsEnumValuesWithTheValidOnesAndTheNearest() {
        assertThat(errors(valid().replace("title: One", "title: One\n        severity: requird\n        scope: casestudy")))
                .containsExactly(
                        FILE + ":11:19: `severity`: `requird` is not a valid severity; valid: required, recommended"
                                + " (did you mean `required`?)",
                        FILE + ":12:16: `scope`: `casestudy` is not a valid scope; valid: partner, case-study"
                                + " (did you mean `case-study`?)");
    }

    @Test
    void checksTheShapeAndUniquenessOfIds() {
        assertThat(errors("""
                kind: checklist
                id: Test_Checklist
                title: Test
                version: "1"
                sections:
                  - id: business
                    title: Business
                    items:
                      - { id: br-1, title: One }
                      - { id: BR-002, title: Two }
                  - id: business
                    title: Again
                    items:
                      - { id: BR-002, title: Three }
                """)).containsExactly(
                FILE + ":2:5: `Test_Checklist` is not a valid checklist id: use lowercase letters, digits and '-'"
                        + " (like `aws-devops-competency`)",
                FILE + ":9:15: `br-1` is not a valid item id: write capital letters and digits, '-', then digits"
                        + " (like `BR-001`)",
                FILE + ":11:9: duplicate section id `business` (first on line 6)",
                FILE + ":14:15: duplicate item id `BR-002` (first on line 10)");
    }

    @Test
    void checksAppliesToValuesAgainstTheChecklistsOwnLists() {
        assertThat(errors(valid()
                .replace("sections:", "solutionCategories: [production]\nsections:")
                .replace("title: One", "title: One\n        appliesTo: { solutionCategories: [prodution],"
                        + " deploymentTypes: [saas] }")))
                .containsExactly(
                        FILE + ":12:43: `prodution` is not a solution category of this checklist; valid: production"
                                + " (did you mean `production`?)",
                        FILE + ":12:73: `saas`: this checklist declares no `deploymentTypes` at the top;"
                                + " declare them there or leave this condition out");
    }

    @Test
    void refusesPublicCaseStudyOnPartnerScopedItems() {
        assertThat(errors(valid().replace("title: One", "title: One\n        appliesTo: { publicCaseStudy: true }")))
                .containsExactly(FILE + ":11:22: `publicCaseStudy` applies only to items with `scope: case-study`");
    }

    @Test
    void refusesItemConditionsThatContradictTheSection() {
        assertThat(errors(valid()
                .replace("title: Business", "title: Business\n    appliesTo: { operatesAwsEnvironment: true }")
                .replace("title: One", "title: One\n        appliesTo: { operatesAwsEnvironment: false }")))
                .containsExactly(FILE + ":12:22: `operatesAwsEnvironment: false` contradicts"
                        + " `operatesAwsEnvironment: true` of section `business` (line 8); the item could never apply");
    }

    @Test
    void refusesASectionPublicCaseStudyConditionOverPartnerScopedItems() {
        assertThat(errors(valid().replace("title: Business", "title: Business\n    appliesTo: { publicCaseStudy: false }")))
                .containsExactly(FILE + ":10:9: item `BR-001` is partner-scoped, but section `business` sets"
                        + " `publicCaseStudy` (line 8), which applies only to case-study-scoped items");
    }

    @Test
    void refusesConditionListsUnderWhichAnItemCouldNeverApply() {
        assertThat(errors(valid()
                .replace("sections:", "deploymentTypes: [saas, customer-deployed]\nsections:")
                .replace("title: Business", "title: Business\n    appliesTo: { deploymentTypes: [saas] }")
                .replace("title: One", "title: One\n        appliesTo: { deploymentTypes: [customer-deployed] }"
                        + "\n      - { id: BR-002, title: Two, appliesTo: { deploymentTypes: [] } }")))
                .containsExactly(
                        FILE + ":13:22: none of these `deploymentTypes` is among those of section `business` (line 9);"
                                + " the item could never apply",
                        FILE + ":14:48: `deploymentTypes` is empty, so this would never apply; name at least one"
                                + " or leave `deploymentTypes` out");
    }

    @Test
    void refusesMergeKeysAndEmptyCheckParameters() {
        assertThat(errors(valid().replace("title: One", "title: One\n        <<: {}\n        check: { type: x, minimum: }")))
                .containsExactly(
                        FILE + ":11:9: YAML merge keys (`<<`) are not supported in a checklist item; write the keys out",
                        FILE + ":12:27: `check` parameter `minimum` is empty; write a value or leave it out");
    }

    @Test
    void refusesACheckWithoutAType() {
        assertThat(errors(valid().replace("title: One", "title: One\n        check: { minEvidence: 2 }")))
                .containsExactly(FILE + ":11:9: missing required key `type` in `check`");
    }

    @Test
    void refusesACheckThatIsNotAMapping() {
        assertThat(errors(valid().replace("title: One", "title: One\n        check: attestation")))
                .containsExactly(FILE + ":11:16: `check` must be a mapping of keys, found the text `attestation`");
    }

    @Test
    void refusesAFileOfAnotherKind() {
        assertThat(errors(valid().replace("kind: checklist", "kind: audit"))).containsExactly(
                FILE + ":1:7: this is a `kind: audit` file, but a checklist was expected here (`kind: checklist`)");
        assertThat(errors(valid().replace("kind: checklist", "kind: checklists"))).containsExactly(
                FILE + ":1:7: `kind`: `checklists` is not a kind of file; expected `kind: checklist`"
                        + " (did you mean `checklist`?)");
        assertThat(errors(valid().replace("kind: checklist\n", ""))).containsExactly(
                FILE + ":1:1: missing `kind`; a checklist file starts with `kind: checklist`");
    }

    @Test
    void refusesATopLevelThatIsNotAMapping() {
        assertThat(errors("- kind: checklist\n")).containsExactly(
                FILE + ":1:1: the top level must be a mapping of keys starting with `kind: checklist`, found a list");
    }

    @Test
    void readsThePublicationAndEachItemsSource() {
        Checklist checklist = loader.parse(valid().replace("version: \"1.10\"\n", """
                version: "1.10"
                offering: software
                source: https://apn-checklists.s3.amazonaws.com/competency/security/technology/C_Ss7_A10.html
                validity: { from: 2025-02-01, until: 2025-08-31, acceptedUntil: 2025-11-30 }
                """).replace("        title: One\n", """
                        title: One
                        source: "Security checklist, Feb 2025, IDAM-001"
                      - id: BR-002
                        title: Two
                        description: Assumption, no public checklist gives this number.
                        assumed: true
                """), FILE, "built-in");

        assertThat(checklist.publication()).isEqualTo(new Publication(
                "https://apn-checklists.s3.amazonaws.com/competency/security/technology/C_Ss7_A10.html",
                Offering.SOFTWARE, new Validity(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 31),
                        LocalDate.of(2025, 11, 30), new SourcePosition(FILE, 7, 1))));
        assertThat(checklist.items()).extracting(Item::source)
                .containsExactly("Security checklist, Feb 2025, IDAM-001", null);
        assertThat(checklist.items()).extracting(Item::assumed).containsExactly(false, true);
        assertThat(checklist.assumedItems()).extracting(Item::id).containsExactly("BR-002");
    }

    @Test
    void aChecklistWithoutPublicationHasNone() {
        assertThat(loader.parse(valid(), FILE, "built-in").publication()).isEqualTo(Publication.NONE);
    }

    @Test
    void refusesValidityDatesOutOfOrder() {
        assertThat(errors(valid().replace("sections:", """
                validity: { from: 2025-08-29, until: 2025-02-28, acceptedUntil: 2026-05-31 }
                sections:"""))).containsExactly(FILE + ":5:38: `validity.until` (2025-02-28) is before"
                + " `validity.from` (2025-08-29); write the last day the version is in force, on or after 2025-08-29");
        assertThat(errors(valid().replace("sections:", """
                validity: { from: 2025-08-29, until: 2026-02-28, acceptedUntil: 2026-01-31 }
                sections:"""))).containsExactly(FILE + ":5:65: `validity.acceptedUntil` (2026-01-31) is before"
                + " `validity.until` (2026-02-28); write the last day AWS still accepts this version, on or after"
                + " 2026-02-28");
    }

    @Test
    void refusesAnIncompleteValidityAndAnUnknownOffering() {
        assertThat(errors(valid().replace("sections:", """
                offering: consulting
                validity: { from: 2025-08-29, until: 2026-02-28 }
                sections:"""))).containsExactly(
                FILE + ":5:11: `offering`: `consulting` is not a valid offering; valid: services, software",
                FILE + ":6:1: missing required key `acceptedUntil` in `validity`");
    }

    private List<String> errors(String yaml) {
        return Errors.of(() -> loader.parse(yaml, FILE, "built-in"));
    }

    private static String valid() {
        return """
                kind: checklist
                id: test
                title: Test
                version: "1.10"
                sections:
                  - id: business
                    title: Business
                    items:
                      - id: BR-001
                        title: One
                """;
    }
}
