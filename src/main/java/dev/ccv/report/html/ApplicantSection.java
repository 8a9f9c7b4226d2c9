package dev.ccv.report.html;

import dev.ccv.model.result.ApplicantProfile;
import dev.ccv.model.result.ApplicantProfile.CertificationInfo;
import dev.ccv.model.result.ApplicantProfile.ContributionInfo;
import dev.ccv.model.result.ApplicantProfile.EmployerInfo;
import dev.ccv.model.result.Report;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * For an individual applicant: who they are, their certifications (and whether each counts on the
 * as-of date), and their contributions, listed and drawn on a timeline against the contribution
 * window. Nothing for a partner. Styles are inline so that the shared stylesheet stays as it is.
 */
public final class ApplicantSection implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        ApplicantProfile applicant = report.applicant();
        if (!applicant.isIndividual()) {
            return;
        }
        html.open("section").attr("id", "applicant");
        html.element("h2", "Applicant");
        html.open("dl");
        entry(html, "Name", applicant.name());
        entry(html, "Email", applicant.email() == null ? (report.redacted() ? "removed (redacted)" : "not given")
                : applicant.email());
        EmployerInfo employer = applicant.employer();
        entry(html, "Employer", employer == null ? "not given" : employer.name() + (employer.apnPartner()
                ? " · AWS Partner" + (employer.tier() == null ? "" : " (" + employer.tier() + " tier)")
                : " · not an AWS Partner"));
        entry(html, "Student", applicant.student() ? "yes" : "no");
        html.close();
        certifications(report, html);
        contributions(report, html);
        html.close();
    }

    private static void certifications(Report report, MarkupWriter html) throws IOException {
        html.element("h3", "Certifications");
        if (report.applicant().certifications().isEmpty()) {
            html.element("p", "The self-assessment lists no certifications.");
            return;
        }
        html.open("table");
        headings(html, "Id", "Certification", "Level", "Earned", "Expires", "Validation number", "On " + report.asOf());
        html.open("tbody");
        for (CertificationInfo c : report.applicant().certifications()) {
            html.open("tr");
            html.open("td").attr("class", "id").text(c.id()).close();
            html.element("td", c.name());
            html.element("td", c.level());
            html.element("td", text(c.earned()));
            html.element("td", c.expires() == null ? "does not expire" : c.expires().toString());
            html.open("td").attr("class", "mono").text(c.validationNumber() != null ? c.validationNumber()
                    : report.redacted() ? "removed (redacted)" : "").close();
            html.open("td");
            (c.validOnAsOf() ? new Label("met", "valid") : new Label("unmet", "not valid")).write(html);
            html.close();
            html.close();
        }
        html.close().close();
    }

    private static void contributions(Report report, MarkupWriter html) throws IOException {
        ApplicantProfile applicant = report.applicant();
        html.element("h3", "Contributions");
        if (applicant.contributions().isEmpty()) {
            html.element("p", "The self-assessment lists no contributions.");
            return;
        }
        timeline(applicant, report.asOf(), html);
        html.open("table");
        headings(html, "Id", "Date", "Type", "Title", "URL");
        html.open("tbody");
        for (ContributionInfo c : applicant.contributions()) {
            html.open("tr");
            html.open("td").attr("class", "id").text(c.id()).close();
            html.element("td", text(c.date()));
            html.element("td", c.type());
            html.element("td", c.title());
            // the address is shown, not linked: the report makes no request of its own
            html.open("td").attr("class", "mono").text(c.url() == null ? "" : c.url()).close();
            html.close();
        }
        html.close().close();
    }

    /** Each contribution as a mark on a line from the earliest date to the as-of date; the window shaded. */
    private static void timeline(ApplicantProfile applicant, LocalDate asOf, MarkupWriter html) throws IOException {
        LocalDate window = applicant.contributionWindowFrom();
        LocalDate from = window == null ? asOf : window;
        LocalDate to = asOf;
        for (ContributionInfo c : applicant.contributions()) {
            from = c.date().isBefore(from) ? c.date() : from;
            to = c.date().isAfter(to) ? c.date() : to;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        html.open("figure").attr("class", "timeline");
        html.open("div").attr("role", "img").attr("aria-label", "Contributions from " + from + " to " + to)
                .attr("style", "position:relative;height:2.2em;margin:0.5em 0;border-bottom:2px solid #555");
        if (window != null) {
            html.open("div").attr("title", "Contribution window " + window + " to " + asOf).attr("style",
                    "position:absolute;top:0;bottom:0;background:#e3f1e6;left:" + percent(from, window, days)
                            + "%;width:" + percent(window, asOf, days) + "%").close();
        }
        for (ContributionInfo c : applicant.contributions()) {
            html.open("span").attr("title", c.date() + " · " + c.type() + " · " + c.title()).attr("style",
                    "position:absolute;bottom:-0.45em;width:0.8em;height:0.8em;margin-left:-0.4em;border-radius:50%;"
                            + "background:#1f5fa8;left:" + percent(from, c.date(), days) + "%").close();
        }
        html.close();
        html.element("figcaption", from + " … " + to + (window == null ? ""
                : "; shaded: the contribution window " + window + " … " + asOf));
        html.close();
    }

    private static String percent(LocalDate from, LocalDate date, long days) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * ChronoUnit.DAYS.between(from, date) / days);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static void entry(MarkupWriter html, String term, String description) throws IOException {
        html.element("dt", term);
        html.element("dd", description);
    }

    private static void headings(MarkupWriter html, String... headings) throws IOException {
        html.open("thead").open("tr");
        for (String heading : headings) {
            html.element("th", heading);
        }
        html.close().close();
    }
}
