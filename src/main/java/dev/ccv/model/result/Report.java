package dev.ccv.model.result;

import dev.ccv.model.AsOfSource;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputFile;
import java.time.LocalDate;
import java.util.List;

/**
 * The one result model every report format is written from. {@code audit} is null in a pre-check.
 * {@code redacted} says that non-public case studies' identifying text, all notes and an individual's
 * personal data have been removed. {@code answers} are the applicant's own answers (status, evidence,
 * notes), in self-assessment order, for the reports that repeat them beside ccv's results (the workbook).
 */
public record Report(
        String toolVersion,
        Mode mode,
        LocalDate asOf,
        AsOfSource asOfSource,
        AuditMetadata audit,
        Checklist checklist,
        String checklistVersionWarning,
        ApplicantProfile applicant,
        Evaluation evaluation,
        Summary summary,
        List<InputFile> inputs,
        Integrity integrity,
        boolean redacted,
        List<PartnerAnswer> answers) {

    public static final int REPORT_VERSION = 1;

    public Report {
        inputs = List.copyOf(inputs);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A partner's report without the partner's answers, for the formats and tests that do not show them. */
    public Report(String toolVersion, Mode mode, LocalDate asOf, AsOfSource asOfSource, AuditMetadata audit,
                  Checklist checklist, String checklistVersionWarning, String partnerName, Evaluation evaluation,
                  Summary summary, List<InputFile> inputs, Integrity integrity, boolean redacted) {
        this(toolVersion, mode, asOf, asOfSource, audit, checklist, checklistVersionWarning,
                ApplicantProfile.partner(partnerName), evaluation, summary, inputs, integrity, redacted, List.of());
    }

    /** The name of the partner or individual the report is about. */
    public String applicantName() {
        return applicant.name();
    }

    public Verdict verdict() {
        return evaluation.verdict();
    }

    public ExitCode exitCode() {
        if (integrity.failed()) {
            return ExitCode.INTEGRITY_FAILURE;
        }
        return verdict() == Verdict.PASS ? ExitCode.PASS : ExitCode.FAIL;
    }
}
