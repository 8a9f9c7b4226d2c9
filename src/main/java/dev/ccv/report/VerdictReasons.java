package dev.ccv.report;

import dev.ccv.model.FailOn;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Why a verdict is fail, in words, the same in every human-readable format. */
final class VerdictReasons {

    private VerdictReasons() {
    }

    /** E.g. {@code ["2 open critical findings"]}; empty for a pass. */
    static List<String> of(Report report) {
        List<String> reasons = new ArrayList<>();
        if (report.verdict() == Verdict.PASS) {
            return reasons;
        }
        if (report.summary().criticalOpen() > 0) {
            reasons.add(count(report.summary().criticalOpen(), "open critical finding"));
        }
        long partnerUnremediable = report.evaluation().findings().stream()
                .filter(VerdictReasons::isUnremediablePartnerFinding).count();
        if (partnerUnremediable > 0) {
            reasons.add(count(partnerUnremediable, "unremediable partner-level critical finding"));
        }
        long blockingObservations = report.evaluation().findings().stream()
                .filter(f -> f.blocking() && f.severity() == FindingSeverity.OBSERVATION).count();
        if (blockingObservations > 0) {
            reasons.add(count(blockingObservations, "open observation"));
        }
        return reasons;
    }

    /** {@code verdictWord} (the word PASS or FAIL, styled by the caller) followed by the reasons for a fail. */
    static String line(Report report, String verdictWord) {
        List<String> reasons = of(report);
        String line = reasons.isEmpty() ? verdictWord : verdictWord + " \u2014 " + String.join(", ", reasons);
        if (report.evaluation().failOn() == FailOn.OBSERVATION) {
            line += " (--fail-on observation: open observations fail the verdict too)";
        }
        return report.integrity().failed()
                ? line + "; bundle integrity FAILED (exit 3)" : line;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean isUnremediablePartnerFinding(Finding finding) {
        return finding.caseStudyId() == null && finding.severity() == FindingSeverity.CRITICAL
                && finding.state() == FindingState.UNREMEDIABLE;
    }
}
