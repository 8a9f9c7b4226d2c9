package dev.ccv.report;

import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.PortfolioTotals;
import dev.ccv.model.result.ExitCode;
import java.util.ArrayList;
import java.util.List;

/** The words every summary format uses for a bundle's result and for the totals, so that they agree. */
final class SummaryWords {

    private SummaryWords() {
    }

    /** One word for how a bundle ended: pass, fail, invalid, integrity or error. */
    static String result(BundleOutcome outcome) {
        return result(outcome.exitCode());
    }

    static String result(ExitCode code) {
        return switch (code) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case INVALID_INPUT -> "invalid";
            case INTEGRITY_FAILURE -> "integrity";
            case INTERNAL_ERROR -> "error";
        };
    }

    /** E.g. {@code 6 bundles: 2 pass, 1 fail, 1 invalid; 9 open critical findings, 3 observations}. */
    static String totals(PortfolioTotals totals) {
        List<String> parts = new ArrayList<>();
        parts.add(totals.passed() + " pass");
        parts.add(totals.failed() + " fail");
        if (totals.invalid() > 0) {
            parts.add(totals.invalid() + " invalid");
        }
        if (totals.integrityFailures() > 0) {
            parts.add(totals.integrityFailures() + " integrity " + plural(totals.integrityFailures(), "failure"));
        }
        if (totals.internalErrors() > 0) {
            parts.add(totals.internalErrors() + " internal " + plural(totals.internalErrors(), "error"));
        }
        int open = totals.summary().criticalOpen();
        int observations = totals.summary().observations();
        return totals.bundles() + " " + plural(totals.bundles(), "bundle") + ": " + String.join(", ", parts) + "; "
                + open + " open critical " + plural(open, "finding") + ", " + observations + " "
                + plural(observations, "observation");
    }

    /** What a batch's exit code says, e.g. {@code 2 (a bundle's input is invalid)}. */
    static String exitCode(ExitCode code) {
        return code.code() + " (" + switch (code) {
            case PASS -> "every bundle passes";
            case FAIL -> "a bundle fails";
            case INVALID_INPUT -> "a bundle's input is invalid";
            case INTEGRITY_FAILURE -> "a bundle fails its integrity check";
            case INTERNAL_ERROR -> "an internal error in a bundle";
        } + ")";
    }

    /** The checklist column: id and version; empty when the bundle was not evaluated. */
    static String checklist(BundleOutcome outcome) {
        return outcome.evaluated().map(e -> e.checklistId() + " " + e.checklistVersion()).orElse("");
    }

    static String partner(BundleOutcome outcome) {
        return outcome.evaluated().map(e -> e.partner() == null ? "" : e.partner()).orElse("");
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
