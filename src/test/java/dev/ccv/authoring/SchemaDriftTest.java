package dev.ccv.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.loading.AuditLoader;
import dev.ccv.loading.ChecklistLoader;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CertificationLevel;
import dev.ccv.model.Checklist;
import dev.ccv.model.ContributionType;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.NominationRole;
import dev.ccv.model.Remediation;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.Scope;
import dev.ccv.model.Severity;
import dev.ccv.model.Subject;
import dev.ccv.model.Tier;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.EvaluatedBundle;
import dev.ccv.model.portfolio.Portfolio;
import dev.ccv.model.portfolio.PortfolioTotals;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import dev.ccv.report.JsonSummaryReporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas cannot drift from the loaders: each mapping's property names equal the keys the
 * loader accepts there (asked of the loader itself, by feeding it an unknown key and reading the
 * valid keys its error lists), and each enum equals the model's names.
 */
class SchemaDriftTest {

    private static final String UNKNOWN = "zzzzzzzz";
    private static final Pattern VALID_KEYS = Pattern.compile("valid keys: (.*)$");

    private static final String CHECKLIST = """
            kind: checklist
            id: drift
            title: Drift
            version: "1"
            %s
            sections:
              - id: business
                title: Business
                %s
                items:
                  - id: BR-001
                    title: One
                    %s
            """;

    @Test
    void checklistKeys() {
        JsonNode schema = SchemaCheck.tree("checklist");
        assertKeys(schema.path("properties"), checklistProbe(UNKNOWN + ": 1", "", ""));
        assertKeys(schema.at("/$defs/section/properties"), checklistProbe("", UNKNOWN + ": 1", ""));
        assertKeys(schema.at("/$defs/item/properties"), checklistProbe("", "", UNKNOWN + ": 1"));
        assertKeys(schema.at("/$defs/appliesTo/properties"), checklistProbe("", "", "appliesTo: { " + UNKNOWN + ": 1 }"));
    }

    @Test
    void checkParametersOfEveryType() {
        JsonNode schema = SchemaCheck.tree("checklist");
        List<String> typesInSchema = new ArrayList<>();
        for (JsonNode rule : schema.at("/$defs/check/allOf")) {
            String type = rule.at("/if/properties/type/const").asText();
            typesInSchema.add(type);
            Set<String> parameters = names(rule.at("/then/properties"));
            parameters.remove("type");
            assertThat(parameters).as("parameters of %s", type).isEqualTo(engineParameters(type));
        }
        assertThat(typesInSchema).isEqualTo(CheckTypes.names());
        assertThat(enumOf(schema.at("/$defs/check/properties/type"))).isEqualTo(CheckTypes.names());
    }

    @Test
    void fieldNamesTheChecksAccept() {
        JsonNode schema = SchemaCheck.tree("checklist");
        assertThat(enumOf(schema.at("/$defs/check/allOf/3/then/properties/required/items")))
                .isEqualTo(listedAfter(checkError("{ type: case-study-fields, required: [" + UNKNOWN + "] }",
                        "case-study", "case-study fields are "), "case-study fields are "));
        assertThat(enumOf(schema.at("/$defs/check/allOf/4/then/properties/path")))
                .isEqualTo(listedAfter(checkError("{ type: field, path: " + UNKNOWN + ", present: true }",
                        "partner", "; fields are "), "; fields are "));
        // operatesAwsEnvironment is a flag on the case study, not part of its written contents
        Set<String> contents = new TreeSet<>(names(SchemaCheck.tree("self-assessment").at("/$defs/caseStudy/properties")));
        contents.remove("operatesAwsEnvironment");
        assertThat(contents)
                .isEqualTo(new TreeSet<>(enumOf(schema.at("/$defs/check/allOf/3/then/properties/required/items"))));
    }

    @Test
    void selfAssessmentKeys() {
        JsonNode schema = SchemaCheck.tree("self-assessment");
        String base = """
                kind: self-assessment
                checklist: drift
                partner: { name: Acme, tier: advanced %s }
                solution: { name: Platform %s }
                caseStudies:
                  - { id: cs-a, customer: A, public: true %s }
                responses:
                  BR-001: { status: met %s }
                  BR-002: { caseStudies: { cs-a: { status: met %s } } }
                corporateEvents:
                  - { type: acquired, counterparty: B %s }
                """;
        String key = ", " + UNKNOWN + ": 1";
        Function<Integer, List<String>> probe = slot -> {
            Object[] slots = {"", "", "", "", "", ""};
            slots[slot] = key;
            String yaml = base.formatted(slots);
            return validKeys(() -> new SelfAssessmentLoader().parse(yaml, "drift.yaml", new EvidenceResolver(Path.of("."))));
        };
        assertKeys(schema.path("properties"), validKeys(() -> new SelfAssessmentLoader()
                .parse(base.formatted("", "", "", "", "", "") + UNKNOWN + ": 1\n", "drift.yaml",
                        new EvidenceResolver(Path.of(".")))));
        assertKeys(schema.at("/properties/partner/properties"), probe.apply(0));
        assertKeys(schema.at("/properties/solution/properties"), probe.apply(1));
        assertKeys(schema.at("/$defs/caseStudy/properties"), probe.apply(2));
        Set<String> responseKeys = names(schema.at("/$defs/answer/properties"));
        responseKeys.addAll(names(schema.at("/properties/responses/additionalProperties/then/properties")));
        assertThat(responseKeys).isEqualTo(new TreeSet<>(probe.apply(3)));
        assertKeys(schema.at("/$defs/answer/properties"), probe.apply(4));
        assertKeys(schema.at("/$defs/corporateEvent/properties"), probe.apply(5));
    }

    @Test
    void individualSelfAssessmentKeys() {
        JsonNode schema = SchemaCheck.tree("self-assessment");
        String base = """
                kind: self-assessment
                checklist: drift
                applicant: { name: Dana %s, employer: { name: Acme %s } }
                certifications:
                  - { id: sap, name: SAP, level: professional, earned: 2025-01-10 %s }
                contributions:
                  - { id: blog-1, type: blog, title: One, date: 2026-03-01 %s }
                nominations:
                  - { by: Jane Roe, role: aws-employee %s }
                responses: {}
                """;
        String key = ", " + UNKNOWN + ": 1";
        Function<Integer, List<String>> probe = slot -> {
            Object[] slots = {"", "", "", "", ""};
            slots[slot] = key;
            String yaml = base.formatted(slots);
            return validKeys(() -> new SelfAssessmentLoader().parse(yaml, "drift.yaml", new EvidenceResolver(Path.of("."))));
        };
        assertKeys(schema.at("/properties/applicant/properties"), probe.apply(0));
        assertKeys(schema.at("/properties/applicant/properties/employer/properties"), probe.apply(1));
        assertKeys(schema.at("/$defs/certification/properties"), probe.apply(2));
        assertKeys(schema.at("/$defs/contribution/properties"), probe.apply(3));
        assertKeys(schema.at("/$defs/nomination/properties"), probe.apply(4));
    }

    @Test
    void individualEnumsAreTheModelsNames() {
        List<String> levels = names(CertificationLevel.values(), CertificationLevel::yamlName);
        List<String> types = names(ContributionType.values(), ContributionType::yamlName);
        List<String> roles = names(NominationRole.values(), NominationRole::yamlName);
        JsonNode selfAssessment = SchemaCheck.tree("self-assessment");
        assertThat(enumOf(selfAssessment.at("/$defs/certification/properties/level"))).isEqualTo(levels);
        assertThat(enumOf(selfAssessment.at("/$defs/contribution/properties/type"))).isEqualTo(types);
        assertThat(enumOf(selfAssessment.at("/$defs/nomination/properties/role"))).isEqualTo(roles);
        assertThat(enumOf(selfAssessment.at("/properties/applicant/properties/employer/properties/tier")))
                .isEqualTo(names(Tier.values(), Tier::yamlName));
        JsonNode checklist = SchemaCheck.tree("checklist");
        assertThat(enumOf(checklist.at("/properties/subject"))).isEqualTo(names(Subject.values(), Subject::yamlName));
        JsonNode check = checklist.at("/$defs/check/allOf");
        assertThat(enumOf(parameter(check, "certification-count", "levels").path("items"))).isEqualTo(levels);
        assertThat(enumOf(parameter(check, "contribution-count", "types").path("items"))).isEqualTo(types);
        assertThat(enumOf(parameter(check, "nomination", "roles").path("items"))).isEqualTo(roles);
        assertThat(enumOf(parameter(check, "employer", "atLeastTier")))
                .isEqualTo(names(Tier.values(), Tier::yamlName).subList(1, Tier.values().length));
    }

    /** The schema of one parameter of one check type. */
    private static JsonNode parameter(JsonNode rules, String type, String name) {
        for (JsonNode rule : rules) {
            if (rule.at("/if/properties/type/const").asText().equals(type)) {
                return rule.at("/then/properties/" + name);
            }
        }
        throw new AssertionError("no check type " + type + " in the schema");
    }

    @Test
    void auditKeys() {
        JsonNode schema = SchemaCheck.tree("audit");
        String base = """
                kind: audit
                checklist: drift
                auditor: Example
                date: 2026-01-01
                findings:
                  - { item: BR-001, result: unmet %s }
                """;
        Function<String, List<String>> probe = yaml -> validKeys(() -> new AuditLoader()
                .parse(yaml, "drift.yaml", new EvidenceResolver(Path.of("."))));
        assertKeys(schema.path("properties"), probe.apply(base.formatted("") + UNKNOWN + ": 1\n"));
        assertKeys(schema.at("/properties/findings/items/properties"), probe.apply(base.formatted(", " + UNKNOWN + ": 1")));
    }

    @Test
    void enumsAreTheModelsNames() {
        JsonNode checklist = SchemaCheck.tree("checklist");
        assertThat(enumOf(checklist.at("/$defs/item/properties/severity")))
                .isEqualTo(names(Severity.values(), Severity::yamlName));
        assertThat(enumOf(checklist.at("/$defs/item/properties/scope"))).isEqualTo(names(Scope.values(), Scope::yamlName));
        assertThat(enumOf(checklist.at("/$defs/check/allOf/1/then/properties/atLeast")))
                .isEqualTo(names(Tier.values(), Tier::yamlName).subList(1, Tier.values().length));
        JsonNode selfAssessment = SchemaCheck.tree("self-assessment");
        assertThat(enumOf(selfAssessment.at("/properties/partner/properties/tier")))
                .isEqualTo(names(Tier.values(), Tier::yamlName));
        assertThat(enumOf(selfAssessment.at("/$defs/answer/properties/status")))
                .isEqualTo(names(ResponseStatus.values(), ResponseStatus::yamlName));
        assertThat(enumOf(selfAssessment.at("/$defs/corporateEvent/properties/type")))
                .isEqualTo(names(CorporateEventType.values(), CorporateEventType::yamlName));
        JsonNode audit = SchemaCheck.tree("audit");
        assertThat(new TreeSet<>(enumOf(audit.at("/properties/findings/items/properties/result"))))
                .isEqualTo(new TreeSet<>(names(AuditResult.values(), r -> r.name().toLowerCase(Locale.ROOT))));
        assertThat(enumOf(audit.at("/properties/findings/items/properties/remediation")))
                .isEqualTo(names(Remediation.values(), Remediation::yamlName));
        JsonNode report = SchemaCheck.tree("report");
        assertThat(enumOf(report.at("/properties/mode"))).isEqualTo(names(Mode.values(), Mode::jsonName));
        assertThat(enumOf(report.at("/properties/verdict"))).isEqualTo(names(Verdict.values(), Verdict::jsonName));
        assertThat(enumOf(report.at("/$defs/result/properties/status")))
                .isEqualTo(names(ResultStatus.values(), ResultStatus::jsonName));
        assertThat(enumOf(report.at("/$defs/finding/properties/severity")))
                .isEqualTo(names(FindingSeverity.values(), FindingSeverity::jsonName));
        assertThat(enumOf(report.at("/$defs/finding/properties/state")))
                .isEqualTo(names(FindingState.values(), FindingState::jsonName));
    }

    /**
     * The batch summary's schema holds exactly the keys and values {@code ccv batch --summary json}
     * writes: a summary with a bundle of every exit code is written, compared key by key, and validated.
     */
    @Test
    void batchReportKeysAndValues() throws java.io.IOException {
        List<BundleOutcome> outcomes = new ArrayList<>();
        for (ExitCode code : ExitCode.values()) {
            outcomes.add(code == ExitCode.INVALID_INPUT || code == ExitCode.INTERNAL_ERROR
                    ? BundleOutcome.notEvaluated("b/" + code, code.name(), code, List.of("why"))
                    : new BundleOutcome("b/" + code, code.name(), code, Optional.of(new EvaluatedBundle("Partner",
                            "list", "1", Mode.AUDIT, LocalDate.of(2026, 6, 30),
                            code == ExitCode.PASS ? Verdict.PASS : Verdict.FAIL, new Summary(1, 1, 0, 0, 0, 0, 0, 0))),
                            List.of()));
        }
        PortfolioTotals totals = PortfolioTotals.NONE;
        for (BundleOutcome outcome : outcomes) {
            totals = totals.plus(outcome);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        new JsonSummaryReporter().write(new Portfolio("1.0", Optional.empty(), false, outcomes, totals), out);
        JsonNode written = SchemaCheck.read(out.toString());
        JsonNode schema = SchemaCheck.tree("batch-report");

        assertThat(SchemaCheck.of("batch-report").problems(written)).isEmpty();
        assertThat(names(schema.path("properties"))).isEqualTo(names(written));
        assertThat(names(schema.at("/properties/totals/properties"))).isEqualTo(names(written.path("totals")));
        JsonNode evaluated = written.path("bundles").get(0);
        assertThat(names(schema.at("/$defs/bundle/properties"))).isEqualTo(names(evaluated));
        assertThat(names(schema.at("/$defs/bundle/properties/checklist/properties")))
                .isEqualTo(names(evaluated.path("checklist")));
        assertThat(names(schema.at("/$defs/bundle/properties/partner/properties"))).isEqualTo(names(evaluated.path("partner")));
        assertThat(names(schema.at("/$defs/summary/properties"))).isEqualTo(names(evaluated.path("summary")));
        assertThat(enumOf(schema.at("/$defs/bundle/properties/result")))
                .isEqualTo(written.path("bundles").findValuesAsText("result"));
        assertThat(enumOf(schema.at("/$defs/exitCode")))
                .isEqualTo(Arrays.stream(ExitCode.values()).map(code -> String.valueOf(code.code())).toList());
        assertThat(enumOf(schema.at("/$defs/bundle/properties/verdict")))
                .isEqualTo(withNull(names(Verdict.values(), Verdict::jsonName)));
        assertThat(enumOf(schema.at("/$defs/bundle/properties/mode")))
                .isEqualTo(withNull(names(Mode.values(), Mode::jsonName)));
    }

    private static List<String> withNull(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add("null");
        return all;
    }

    private static List<String> checklistProbe(String top, String section, String item) {
        String yaml = CHECKLIST.formatted(top, section, item);
        return validKeys(() -> new ChecklistLoader().parse(yaml, "drift.yaml", "test"));
    }

    /** The keys a loader says are valid where the unknown key stands. */
    private static List<String> validKeys(Supplier<Object> load) {
        return listedAfter(loaderError(load), "valid keys: ");
    }

    private static String loaderError(Supplier<Object> load) {
        try {
            load.get();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::message).filter(m -> m.contains(UNKNOWN)).findFirst()
                    .orElseThrow(() -> new AssertionError("no error about " + UNKNOWN + ": " + e.errors()));
        }
        throw new AssertionError("the loader accepted the unknown key " + UNKNOWN);
    }

    /** The engine's error for a check, from a checklist that loads. */
    private static String checkError(String check, String scope, String marker) {
        Checklist checklist = new ChecklistLoader().parse(CHECKLIST.formatted("", "",
                "scope: " + scope + "\n        check: " + check), "drift.yaml", "test");
        return CheckTypes.validate(checklist).stream().map(InputError::message).filter(m -> m.contains(marker))
                .findFirst().orElseThrow(() -> new AssertionError("no error with " + marker));
    }

    /** The parameters the engine lists for a check type in its error for an unknown one. */
    private static Set<String> engineParameters(String type) {
        String message = checkError("{ type: " + type + ", " + UNKNOWN + ": 1 }",
                type.equals("case-study-fields") ? "case-study" : "partner", UNKNOWN);
        if (message.endsWith("which takes no parameters")) {
            return Set.of();
        }
        return new TreeSet<>(listedAfter(message, "its parameters are "));
    }

    private static List<String> listedAfter(String message, String marker) {
        int at = message.indexOf(marker);
        assertThat(at).as("`%s` in: %s", marker, message).isNotNegative();
        return Arrays.asList(message.substring(at + marker.length()).split(", "));
    }

    private static void assertKeys(JsonNode properties, List<String> loaderKeys) {
        assertThat(names(properties)).isEqualTo(new TreeSet<>(loaderKeys));
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        assertThat(names).as("properties").isNotEmpty();
        return names;
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(value -> values.add(value.asText()));
        assertThat(values).as("enum").isNotEmpty();
        return values;
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Stream.of(values).map(name).toList();
    }
}
