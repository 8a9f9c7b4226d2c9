package dev.ccv.loading;

import dev.ccv.model.Certification;
import dev.ccv.model.CertificationLevel;
import dev.ccv.model.Contribution;
import dev.ccv.model.ContributionType;
import dev.ccv.model.IndividualApplicant;
import dev.ccv.model.NominationRole;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Tier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndividualSelfAssessmentTest {

    private static final String FILE = "self-assessment.yaml";
    private final EvidenceResolver evidence = new EvidenceResolver(Errors.resource("bundle"));

    private static final String VALID = """
            kind: self-assessment
            checklist: aws-ambassador
            applicant:
              name: Dana Lee
              email: dana@example.com
              employer: { name: Acme Cloud, apnPartner: true, tier: advanced }
              student: false
            certifications:
              - id: sap
                name: AWS Certified Solutions Architect - Professional
                level: professional
                earned: 2025-01-10
                expires: 2028-01-10
                validationNumber: "ABC123XYZ"
            contributions:
              - { id: blog-1, type: blog, title: Zero-downtime deploys, url: "https://dana.example/ecs", date: 2026-03-01 }
            nominations:
              - { by: Jane Roe, role: aws-employee, date: 2026-02-01 }
            responses:
              AMB-001: { status: met }
            """;

    private SelfAssessment load(String yaml) {
        return new SelfAssessmentLoader().parse(yaml, FILE, evidence);
    }

    private List<String> errors(String yaml) {
        return Errors.of(() -> load(yaml));
    }

    private List<String> errors(String yaml, Subject checklistSubject) {
        return Errors.of(() -> new SelfAssessmentLoader(id -> Optional.of(checklistSubject)).parse(yaml, FILE, evidence));
    }

    @Test
    void readsTheApplicantAndWhatTheyList() {
        SelfAssessment assessment = load(VALID);
        IndividualApplicant individual = (IndividualApplicant) assessment.applicant();

        assertThat(assessment.subject()).isEqualTo(Subject.INDIVIDUAL);
        assertThat(individual.name()).isEqualTo("Dana Lee");
        assertThat(individual.person().email()).isEqualTo("dana@example.com");
        assertThat(individual.person().employer().tier()).isEqualTo(Tier.ADVANCED);
        assertThat(individual.person().employer().apnPartner()).isTrue();
        assertThat(individual.certifications()).containsExactly(new Certification("sap",
                "AWS Certified Solutions Architect - Professional", CertificationLevel.PROFESSIONAL,
                LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10), "ABC123XYZ", at(9, 5)));
        Contribution blog = individual.contributions().get(0);
        assertThat(blog.type()).isEqualTo(ContributionType.BLOG);
        assertThat(blog.url()).isEqualTo("https://dana.example/ecs");
        assertThat(individual.nominations().get(0).role()).isEqualTo(NominationRole.AWS_EMPLOYEE);
        assertThat(assessment.caseStudies()).isEmpty();
        assertThat(assessment.corporateEvents()).isEmpty();
    }

    @Test
    void everyValueHasItsLineForFieldChecks() {
        SelfAssessment assessment = load(VALID);

        assertThat(assessment.field("applicant.email").orElseThrow().position()).isEqualTo(at(5, 10));
        assertThat(assessment.field("applicant.employer.tier").orElseThrow().value()).isEqualTo("advanced");
        assertThat(assessment.field("applicant.employer.apnPartner").orElseThrow().position()).isEqualTo(at(6, 45));
        assertThat(assessment.field("applicant.student").orElseThrow().value()).isEqualTo(false);
        assertThat(assessment.field("certifications").orElseThrow().value()).isEqualTo(List.of("sap"));
        assertThat(assessment.field("contributions").orElseThrow().position()).isEqualTo(at(15, 1));
        assertThat(assessment.field("nominations").orElseThrow().value()).isEqualTo(List.of("Jane Roe"));
    }

    @Test
    void partnerKeysInAnIndividualsFileSayWhichChecklistExpectsThem() {
        String yaml = VALID + "caseStudies: []\nsolution: { name: Platform }\n";

        assertThat(errors(yaml)).containsExactly(
                FILE + ":21:1: `caseStudies` belongs to the self-assessment for a partner checklist (`subject:"
                        + " partner`), but this file is written for an individual checklist (`subject: individual`)"
                        + " (it has `applicant`): remove it and describe the person under `applicant`",
                FILE + ":22:1: `solution` belongs to the self-assessment for a partner checklist (`subject:"
                        + " partner`), but this file is written for an individual checklist (`subject: individual`)"
                        + " (it has `applicant`): remove it and describe the person under `applicant`");
    }

    @Test
    void individualKeysInAPartnersFileNameTheChecklist() {
        String yaml = """
                kind: self-assessment
                checklist: aws-devops-competency
                partner: { name: Acme, tier: advanced }
                solution: { name: Platform }
                certifications: []
                """;

        assertThat(errors(yaml, Subject.PARTNER)).containsExactly(
                FILE + ":5:1: `certifications` belongs to the self-assessment for an individual checklist (`subject:"
                        + " individual`), but checklist `aws-devops-competency` is a partner checklist (`subject:"
                        + " partner`): remove it and describe the partner under `partner` and `solution`");
    }

    @Test
    void aPartnerShapedFileForAnIndividualChecklistIsRefusedKeyByKey() {
        String yaml = """
                kind: self-assessment
                checklist: aws-ambassador
                partner: { name: Acme, tier: advanced }
                solution: { name: Platform }
                """;

        assertThat(errors(yaml, Subject.INDIVIDUAL)).containsExactly(
                FILE + ":1:1: missing required key `applicant` in the self-assessment",
                FILE + ":3:1: `partner` belongs to the self-assessment for a partner checklist (`subject: partner`),"
                        + " but checklist `aws-ambassador` is an individual checklist (`subject: individual`):"
                        + " remove it and describe the person under `applicant`",
                FILE + ":4:1: `solution` belongs to the self-assessment for a partner checklist (`subject: partner`),"
                        + " but checklist `aws-ambassador` is an individual checklist (`subject: individual`):"
                        + " remove it and describe the person under `applicant`");
    }

    @Test
    void misspeltKeysAndNamesGetASuggestion() {
        String yaml = VALID.replace("certifications:", "certifcations:")
                .replace("level: professional", "level: profesional");

        assertThat(errors(yaml)).containsExactly(
                FILE + ":8:1: unknown key `certifcations` in the self-assessment (did you mean `certifications`?)");
        assertThat(errors(VALID.replace("level: professional", "level: profesional")
                .replace("type: blog", "type: blogs").replace("role: aws-employee", "role: aws-employe")))
                .containsExactly(
                        FILE + ":11:12: `level`: `profesional` is not a valid certification level; valid: foundational,"
                                + " associate, professional, specialty (did you mean `professional`?)",
                        FILE + ":16:25: `type`: `blogs` is not a valid contribution type; valid: blog, talk, video,"
                                + " open-source, meetup, workshop, forum, book, course, podcast (did you mean `blog`?)",
                        FILE + ":18:27: `role`: `aws-employe` is not a valid nomination role; valid: aws-employee,"
                                + " community-member, self (did you mean `aws-employee`?)");
    }

    @Test
    void datesIdsAndEmailAreChecked() {
        String yaml = VALID.replace("expires: 2028-01-10", "expires: 2024-01-10")
                .replace("email: dana@example.com", "email: dana-at-example")
                .replace("id: blog-1", "id: Blog 1");

        assertThat(errors(yaml)).containsExactly(
                FILE + ":5:10: `email` is not an email address; write it as name@example.com, or leave `email` out",
                FILE + ":13:14: `expires` (2024-01-10) is before `earned` (2025-01-10); write the date the"
                        + " certification expires",
                FILE + ":16:11: `Blog 1` is not a valid contribution id: use lowercase letters, digits and '-'"
                        + " (like `blog-1`)");
    }

    @Test
    void requiredValuesAreNamed() {
        String yaml = """
                kind: self-assessment
                checklist: aws-ambassador
                applicant: { email: dana@example.com }
                certifications:
                  - { id: sap, name: SA Pro }
                contributions:
                  - { id: a, type: talk, title: T }
                  - { id: a, type: talk, title: T, date: 2026-01-01 }
                nominations:
                  - { role: self }
                """;

        assertThat(errors(yaml)).containsExactly(
                FILE + ":3:1: missing required key `name` in `applicant`",
                FILE + ":5:5: missing required key `earned` in a certification",
                FILE + ":5:5: missing required key `level` in a certification",
                FILE + ":7:5: missing required key `date` in a contribution",
                FILE + ":8:11: duplicate contribution id `a` (first on line 7)",
                FILE + ":10:5: missing required key `by` in a nomination");
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }
}
