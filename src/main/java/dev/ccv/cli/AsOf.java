package dev.ccv.cli;

import dev.ccv.model.AsOfSource;
import dev.ccv.model.Audit;
import dev.ccv.model.SelfAssessment;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date a run measures recency and validity from, and where it came from: {@code --as-of}, else
 * the audit record's date in an audit, else the self-assessment's application date, else today.
 * The inputs' own dates come first so that the same bundle gives the same verdict next year.
 */
record AsOf(LocalDate date, AsOfSource source) {

    static AsOf choose(LocalDate option, Optional<Audit> audit, SelfAssessment assessment, Environment environment) {
        if (option != null) {
            return new AsOf(option, AsOfSource.OPTION);
        }
        if (audit.isPresent() && audit.get().date() != null) {
            return new AsOf(audit.get().date(), AsOfSource.AUDIT);
        }
        if (assessment.applicationDate() != null) {
            return new AsOf(assessment.applicationDate(), AsOfSource.APPLICATION);
        }
        return new AsOf(environment.today(), AsOfSource.TODAY);
    }
}
