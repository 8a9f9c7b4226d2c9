package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program guide's merger, acquisition and divestiture rules as a partner and an auditor see
 * them, on the passing example with events added: a first application after acquiring a
 * competency partner, a divestiture only the auditor can clear, an acquisition without its impact.
 */
class MergerRulesTest {

    @TempDir
    Path temp;

    Path bundle;

    @BeforeEach
    void copyPassingExample() {
        bundle = Portfolios.copy("passing-precheck", temp.resolve("bundle"));
    }

    private void declare(String holdsCompetency, String events) throws IOException {
        Path file = bundle.resolve("self-assessment.yaml");
        String text = Files.readString(file).replace("  landingPage: https://acme.example/aws\n",
                "  landingPage: https://acme.example/aws\n  holdsCompetency: " + holdsCompetency + "\n");
        Files.writeString(file, text + "corporateEvents:\n" + events);
    }

    private CliRun validate() {
        return CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30");
    }

    @Test
    void aFirstApplicationAfterAcquiringACompetencyPartnerMustValidateTheAcquiredCapabilities() throws IOException {
        declare("false", """
                  - type: acquired
                    counterparty: Initech
                    counterpartyIsCompetencyPartner: true
                    date: 2026-01-15
                    impactDescription: Initech's platform team now runs our container practice.
                """);

        CliRun run = validate();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("MET CCVBR-005",
                "acquired Initech, a competency partner: you do not hold this competency yet, so its competency "
                        + "does not pass to you; this application is the new application the program asks for, and "
                        + "must validate your new business and delivery models and how Initech's technical "
                        + "capabilities were integrated");
    }

    @Test
    void aHolderThatAcquiredACompetencyPartnerIsAssessedAtTheEarlierRenewal() throws IOException {
        declare("true", """
                  - { type: acquired, counterparty: Initech, counterpartyIsCompetencyPartner: true,
                      impactDescription: Initech's platform team joined us. }
                """);

        CliRun run = validate();

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("acquired Initech, a competency partner: the "
                + "consolidated entity is assessed at whichever of the two renewals comes first");
    }

    @Test
    void thePartnersOwnNotSignificantLeavesADivestitureOpen() throws IOException {
        declare("true", """
                  - type: divested
                    counterparty: Globex Cloud Services
                    affectsCompetencyPractice: true
                    disclosed: true
                    significant: false
                """);

        CliRun run = validate();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("UNMET CCVBR-005",
                "divestiture (Globex Cloud Services): whether its impact is significant is for AWS or the auditor "
                        + "to decide, not the partner; it stays open until the audit record rules on CCVBR-005",
                "Verdict: FAIL");
    }

    @Test
    void theAuditorsRecordThatTheDivestitureIsNotSignificantClearsIt() throws IOException {
        declare("true", """
                  - { type: divested, counterparty: Globex Cloud Services, affectsCompetencyPractice: true,
                      disclosed: true }
                """);
        Files.writeString(bundle.resolve("audit.yaml"), """
                kind: audit
                checklist: aws-competency-baseline
                auditor: Example Assurance LLP
                date: 2026-06-15
                findings:
                  - item: CCVBR-005
                    result: met
                    note: AWS judged the divestiture of the Globex unit not significant for the practice.
                """);

        CliRun run = validate();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("MET CCVBR-005", "auditor: met (audit.yaml:7:13)",
                "Verdict: PASS");
    }

    @Test
    void anAcquisitionWithoutImpactDescriptionIsAnObservation() throws IOException {
        declare("true", """
                  - { type: acquired, counterparty: Initech, counterpartyIsCompetencyPartner: false }
                """);

        CliRun run = validate();

        assertThat(run.exitCode()).as(run.out()).isZero();
        String out = run.out().replaceAll("\\s+", " ");
        assertThat(out).contains("UNMET CCV-001 Impact of each acquisition described (recommended)",
                "self-assessment.yaml:221: acquired Initech: no impactDescription; describe what the acquisition changes in the "
                        + "competency solution and practice",
                "1 observation");
        CliRun strict = CliRun.of(temp, "validate", "bundle", "--as-of", "2026-06-30", "--fail-on", "observation");
        assertThat(strict.exitCode()).isEqualTo(1);
    }
}
