package dev.ccv.engine;

import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.auditEntry;
import static dev.ccv.engine.Fixtures.checklist;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.section;
import static dev.ccv.engine.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.AuditResult;
import dev.ccv.model.Checklist;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.InputFile;
import dev.ccv.model.Submission;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    private static final Checklist CHECKLIST = checklist(section("business", item("BR-003").build()));

    private static Report assemble(Submission submission) {
        return ReportAssembler.assemble(submission, Fixtures.evaluate(submission), "1.2.3", Integrity.UNSEALED);
    }

    @Test
    void aRunWithoutAnAuditIsAPreCheck() {
        Submission submission = new Submission(CHECKLIST, assessment().checklistVersion("2025.1").build(),
                Optional.empty(), Fixtures.AS_OF, AsOfSource.OPTION, List.of(new InputFile("self-assessment.yaml", "abc")),
                Map.of());

        Report report = assemble(submission);

        assertThat(report.mode()).isEqualTo(Mode.PRE_CHECK);
        assertThat(report.toolVersion()).isEqualTo("1.2.3");
        assertThat(report.asOf()).isEqualTo(Fixtures.AS_OF);
        assertThat(report.checklist()).isSameAs(CHECKLIST);
        assertThat(report.applicantName()).isEqualTo("Acme Cloud");
        assertThat(report.checklistVersionWarning()).isNull();
        assertThat(report.summary()).isEqualTo(new Summary(1, 0, 1, 0, 1, 0, 0, 0));
        assertThat(report.inputs()).containsExactly(new InputFile("self-assessment.yaml", "abc"));
        assertThat(report.integrity()).isEqualTo(Integrity.UNSEALED);
        assertThat(report.redacted()).isFalse();
    }

    @Test
    void aRunWithAnAuditIsAnAudit() {
        Report report = assemble(submission(CHECKLIST, assessment().build(),
                auditEntry("BR-003", null, AuditResult.MET, null)));

        assertThat(report.mode()).isEqualTo(Mode.AUDIT);
        assertThat(report.summary()).isEqualTo(new Summary(1, 1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aChecklistVersionMismatchIsAWarningNamingBoth() {
        Report report = assemble(submission(CHECKLIST, assessment().checklistVersion("2024.2").build()));

        assertThat(report.checklistVersionWarning()).isEqualTo("The self-assessment was written for version 2024.2 "
                + "of checklist test, but version 2025.1 was used.");
    }

    @Test
    void noChecklistVersionMeansNoWarning() {
        assertThat(assemble(submission(CHECKLIST, assessment().build())).checklistVersionWarning()).isNull();
    }
}
