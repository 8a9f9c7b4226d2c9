package dev.ccv.model.portfolio;

import dev.ccv.model.result.Mode;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import java.time.LocalDate;

/** What the portfolio summary keeps of one bundle's report: who, against what, the verdict and the counts. */
public record EvaluatedBundle(String partner, String checklistId, String checklistVersion, Mode mode, LocalDate asOf,
                              Verdict verdict, Summary summary) {

    static EvaluatedBundle of(Report report) {
        return new EvaluatedBundle(report.applicantName(), report.checklist().id(), report.checklist().version(),
                report.mode(), report.asOf(), report.verdict(), report.summary());
    }
}
