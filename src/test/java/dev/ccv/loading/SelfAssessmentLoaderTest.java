package dev.ccv.loading;

import dev.ccv.model.Answer;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.Evidence;
import dev.ccv.model.Located;
import dev.ccv.model.Response;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Tier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfAssessmentLoaderTest {

    private static final String FILE = "self-assessment.yaml";
    private final SelfAssessmentLoader loader = new SelfAssessmentLoader();
    private final EvidenceResolver evidence = new EvidenceResolver(Errors.resource("bundle"));

    @Test
    void loadsPartnerAndSolution() {
        SelfAssessment assessment = load();

        assertThat(assessment.checklistId()).isEqualTo("test-devops");
        assertThat(assessment.checklistVersion()).isEqualTo("2025.1");
        assertThat(assessment.partner().name()).isEqualTo("Acme Cloud Consulting");
        assertThat(assessment.partner().tier()).isEqualTo(Tier.ADVANCED);
        assertThat(assessment.partner().apnId()).isEqualTo("1234567");
        assertThat(assessment.partner().landingPage()).isEqualTo("https://acme.example/aws/devops");
        assertThat(assessment.partner().position()).isEqualTo(at(4, 1));
        assertThat(assessment.solution().position()).isEqualTo(at(9, 1));
        assertThat(assessment.solution().name()).isEqualTo("Acme Delivery Pipelines");
        assertThat(assessment.solution().category()).isEqualTo("production");
        assertThat(assessment.solution().deploymentType()).isEqualTo("saas");
        assertThat(assessment.solution().operatesAwsEnvironment()).isTrue();
    }

    @Test
    void recordsEveryFieldOutsideCaseStudiesAndResponsesByDottedPath() {
        SelfAssessment assessment = load();

        assertThat(assessment.fields()).containsOnlyKeys("kind", "checklist", "checklistVersion", "partner.name",
                "partner.tier", "partner.apnId", "partner.landingPage", "solution.name", "solution.category",
                "solution.deploymentType", "caseStudies", "corporateEvents", "responses");
        assertThat(assessment.field("caseStudies")).contains(new Located<>(List.of("cs-globex", "cs-initech"), at(13, 1)));
        assertThat(assessment.field("corporateEvents")).contains(new Located<>(List.of("acquired", "divested"), at(39, 1)));
        assertThat(assessment.field("partner.landingPage")).contains(
                new Located<>("https://acme.example/aws/devops", at(8, 16)));
        assertThat(assessment.field("partner.tier")).contains(new Located<>("advanced", at(6, 9)));
        assertThat(assessment.field("checklist")).contains(new Located<>("test-devops", at(2, 12)));
    }

    @Test
    void loadsCaseStudiesWithAllFieldsAsWritten() {
        List<CaseStudy> caseStudies = load().caseStudies();

        assertThat(caseStudies).extracting(CaseStudy::id).containsExactly("cs-globex", "cs-initech");
        CaseStudy globex = caseStudies.get(0);
        assertThat(globex.customer()).isEqualTo("Globex Corporation");
        assertThat(globex.isPublic()).isTrue();
        assertThat(globex.url()).isEqualTo("https://acme.example/case-studies/globex");
        assertThat(globex.dateDelivered()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(globex.position()).isEqualTo(at(14, 5));
        assertThat(globex.evidence()).containsExactly(
                new Evidence.Local("evidence/globex/architecture.pdf", true, at(23, 16)));
        assertThat(globex.fields()).containsOnlyKeys("id", "customer", "public", "url", "introduction",
                "awsServices", "thirdPartyTools", "dateDelivered", "outcomes", "evidence");
        assertThat(globex.fields().get("awsServices"))
                .isEqualTo(new Located<Object>(List.of("AWS CodePipeline", "Amazon ECS"), at(19, 18)));
        assertThat(globex.fields().get("public")).isEqualTo(new Located<Object>(true, at(16, 13)));

        CaseStudy initech = caseStudies.get(1);
        assertThat(initech.isPublic()).isFalse();
        assertThat(initech.dateDelivered()).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(initech.url()).isNull();
        assertThat(initech.evidence()).isEmpty();
    }

    @Test
    void loadsPartnerAndPerCaseStudyResponses() {
        SelfAssessment assessment = load();

        Response blog = assessment.response("BR-002").orElseThrow();
        assertThat(blog.position()).isEqualTo(at(29, 3));
        assertThat(blog.caseStudies()).isEmpty();
        assertThat(blog.answer().status()).isEqualTo(ResponseStatus.MET);
        assertThat(blog.answer().notes()).isEqualTo("See the blog.");
        assertThat(blog.answer().evidence()).containsExactly(
                new Evidence.Local("evidence/thought-leadership.md", true, at(31, 16)),
                new Evidence.External("https://acme.example/blog/devops", at(31, 48)),
                new Evidence.Local("evidence/missing.pdf", false, at(31, 82)));

        Response mfa = assessment.response("ARC-001").orElseThrow();
        assertThat(mfa.answer()).isNull();
        assertThat(mfa.caseStudies()).containsOnlyKeys("cs-globex", "cs-initech");
        assertThat(mfa.answerFor("cs-globex")).isEqualTo(new Answer(ResponseStatus.MET,
                List.of(new Evidence.Local("evidence/globex/root-mfa.png", true, at(35, 44))), null, at(35, 7)));
        Answer initech = mfa.answerFor("cs-initech");
        assertThat(initech.status()).isEqualTo(ResponseStatus.NOT_APPLICABLE);
        assertThat(initech.notes()).isEqualTo("No AWS environment operated.");
    }

    @Test
    void loadsCorporateEventsWithFlagsDefaultingToFalse() {
        List<CorporateEvent> events = load().corporateEvents();

        assertThat(events).containsExactly(
                new CorporateEvent(CorporateEventType.ACQUIRED, "Initrode", false, LocalDate.of(2025, 2, 1),
                        "Small team joined.", false, false, false, at(40, 5)),
                new CorporateEvent(CorporateEventType.DIVESTED, "Oldco", false, null, null, true, true, false,
                        at(44, 5)));
    }

    @Test
    void reportsAnUnknownKeyInAResponseWithTheNearestKey() {
        assertThat(errors(minimal() + """
                responses:
                  BR-001:
                    status: met
                    evidnce: [a.pdf]
                """)).containsExactly(FILE + ":12:5: unknown key `evidnce` in a response (did you mean `evidence`?)");
    }

    @Test
    void reportsMissingRequiredKeysAndEmptyValues() {
        assertThat(errors("""
                kind: self-assessment
                checklist: test-devops
                partner:
                  name:
                solution: {}
                caseStudies:
                  - id: cs-a
                responses:
                  BR-001:
                    notes: forgot the status
                  BR-002:
                """)).containsExactly(
                FILE + ":3:1: missing required key `tier` in `partner`",
                FILE + ":4:8: `name` is empty; write a value",
                FILE + ":5:1: missing required key `name` in `solution`",
                FILE + ":7:5: missing required key `customer` in a case study",
                FILE + ":7:5: missing required key `public` in a case study",
                FILE + ":9:3: missing required key `status` in a response",
                FILE + ":11:3: the response to `BR-002` is empty; write status: met | not-met | not-applicable,"
                        + " or caseStudies:");
    }

    @Test
    void reportsEnumValuesWithTheNearest() {
        assertThat(errors(minimal().replace("tier: advanced", "tier: Advanced") + """
                responses:
                  BR-001: { status: done }
                corporateEvents:
                  - { type: acquired_by, counterparty: Initech }
                """)).containsExactly(
                FILE + ":5:9: `tier`: `Advanced` is not a valid tier; valid: registered, select, advanced, premier"
                        + " (did you mean `advanced`?)",
                FILE + ":10:21: `status`: `done` is not a valid status; valid: met, not-met, not-applicable",
                FILE + ":12:13: `type`: `acquired_by` is not a valid corporate event type;"
                        + " valid: acquired, acquired-by, divested (did you mean `acquired-by`?)");
    }

    @Test
    void refusesDatesThatDoNotExistOrAreWrittenOtherwise() {
        assertThat(errors(minimal() + """
                caseStudies:
                  - { id: cs-a, customer: A, public: true, dateDelivered: 2026-02-30 }
                  - { id: cs-b, customer: B, public: true, dateDelivered: 14/03/2025 }
                  - { id: cs-c, customer: C, public: true, dateDelivered: "2025-3-4" }
                """)).containsExactly(
                FILE + ":10:59: `dateDelivered`: there is no date 2026-02-30 (February 2026 has 28 days); write a real date as YYYY-MM-DD",
                FILE + ":11:59: `dateDelivered` must be a date written YYYY-MM-DD, found the text `14/03/2025`",
                FILE + ":12:59: `dateDelivered` must be a date written YYYY-MM-DD, found the text `2025-3-4`");
    }

    @Test
    void refusesBooleansWhereTextIsExpectedAndTextWhereBooleansAre() {
        assertThat(errors(minimal().replace("name: Acme\n", "name: false\n") + """
                caseStudies:
                  - { id: cs-a, customer: A, public: "yes", awsServices: [true] }
                  - { id: cs-b, customer: B, public: yes, awsServices: [on] }
                """)).containsExactly(
                FILE + ":4:9: `name`: YAML reads unquoted `false` as a boolean, not text; write name: \"false\"",
                FILE + ":10:38: `public` must be true or false, found the text `yes`",
                FILE + ":10:59: an entry of `awsServices`: YAML reads unquoted `true` as a boolean, not text;"
                        + " write \"true\"",
                FILE + ":11:38: `public`: `yes` is not a boolean in YAML 1.2, which editors follow; write true or false");
    }

    @Test
    void refusesAStringWhereAListIsExpectedShowingHowToWriteIt() {
        assertThat(errors(minimal() + """
                responses:
                  BR-001: { status: met, evidence: a.pdf }
                """)).containsExactly(
                FILE + ":10:36: `evidence` must be a list, found the text `a.pdf`; write evidence: [a.pdf]");
    }

    @Test
    void showsHowToWriteAResponseGivenAsAPlainValue() {
        assertThat(errors(minimal() + "responses:\n  BR-001: met\n")).containsExactly(
                FILE + ":10:11: the response to `BR-001` must be a mapping, found the text `met`;"
                        + " write BR-001: { status: met }");
    }

    @Test
    void refusesDuplicateCaseStudyIdsAndBadIds() {
        assertThat(errors(minimal() + """
                caseStudies:
                  - { id: cs-a, customer: A, public: true }
                  - { id: cs-a, customer: B, public: false }
                  - { id: CS B, customer: C, public: false }
                """)).containsExactly(
                FILE + ":11:11: duplicate case study id `cs-a` (first on line 10)",
                FILE + ":12:11: `CS B` is not a valid case study id: use lowercase letters, digits and '-'"
                        + " (like `cs-globex`)");
    }

    @Test
    void refusesAResponseThatMixesBothForms() {
        assertThat(errors(minimal() + """
                responses:
                  ARC-001:
                    status: met
                    caseStudies:
                      cs-a: { status: met }
                """)).containsExactly(FILE + ":10:3: a response has either `status`, `evidence`, `notes` and `options`,"
                + " or `caseStudies:` with one answer per case study, not both");
    }

    @Test
    void reportsDuplicateResponsesNamingBothLines() {
        assertThat(errors(minimal() + """
                responses:
                  BR-001: { status: met }
                  BR-001: { status: not-met }
                """)).containsExactly(FILE + ":11:3: duplicate key `BR-001` in `responses` (first on line 10)");
    }

    @Test
    void collectsEvidenceReferencesThatAreNotAllowed() {
        assertThat(errors(minimal() + """
                responses:
                  BR-001: { status: met, evidence: [http://acme.example/x, /etc/passwd, ../secret.txt] }
                """)).containsExactly(
                FILE + ":10:37: `http://acme.example/x` is not allowed as evidence;"
                        + " use an https:// URL or a path inside the bundle",
                FILE + ":10:60: evidence path `/etc/passwd` is absolute; write a path relative to the bundle root",
                FILE + ":10:73: evidence path `../secret.txt` leads outside the bundle");
    }

    @Test
    void refusesAnAuditRecordGivenAsTheSelfAssessment() {
        assertThat(Errors.of(() -> loader.load(Errors.resource("bundle/audit.yaml"), "audit.yaml", evidence)))
                .containsExactly("audit.yaml:1:7: this is a `kind: audit` file, but a self-assessment was expected"
                        + " here (`kind: self-assessment`)");
    }

    private SelfAssessment load() {
        return loader.load(Errors.resource("bundle/self-assessment.yaml"), FILE, evidence);
    }

    private List<String> errors(String yaml) {
        return Errors.of(() -> loader.parse(yaml, FILE, evidence));
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    private static String minimal() {
        return """
                kind: self-assessment
                checklist: test-devops
                partner:
                  name: Acme
                  tier: advanced
                solution:
                  name: Pipelines
                  category: production
                """;
    }
}
