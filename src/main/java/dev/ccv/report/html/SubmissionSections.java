package dev.ccv.report.html;

import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import dev.ccv.model.result.Report;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the verdict rests on: the case studies and why any were removed, the bundle's integrity,
 * notes and warnings for the reader (the input files and their SHA-256 are in the sign-off).
 */
public final class SubmissionSections implements HtmlSection {

    @Override
    public void write(Report report, MarkupWriter html) throws IOException {
        if (!report.applicant().isIndividual()) {
            caseStudies(report, html);
        }
        integrity(report.integrity(), html);
        notes(report, html);
    }

    private static void caseStudies(Report report, MarkupWriter html) throws IOException {
        html.open("section").attr("id", "case-studies");
        html.element("h2", "Case studies");
        List<CaseStudyStatus> caseStudies = report.evaluation().caseStudies();
        if (caseStudies.isEmpty()) {
            html.element("p", "The self-assessment names no case studies.");
        } else {
            html.open("table");
            headings(html, "Case study", "Customer", "Public", "Status", "URL");
            html.open("tbody");
            for (CaseStudyStatus caseStudy : caseStudies) {
                html.open("tr");
                html.open("td").attr("class", "id").text(caseStudy.id()).close();
                html.element("td", caseStudy.customer());
                html.element("td", caseStudy.isPublic() ? "public" : "non-public");
                html.open("td");
                if (caseStudy.considered()) {
                    new Label("met", "considered").write(html);
                } else {
                    Label.REMOVED.write(html);
                    html.text(" ").inline("span").attr("class", "sub").text(caseStudy.removedBecause()).close();
                }
                html.close();
                // the address is shown, not linked: the report makes no request of its own
                html.open("td").attr("class", "mono").text(caseStudy.url() == null ? "" : caseStudy.url()).close();
                html.close();
            }
            html.close();
            html.close();
        }
        html.close();
    }

    private static void integrity(Integrity integrity, MarkupWriter html) throws IOException {
        html.open("section").attr("id", "integrity");
        html.element("h2", "Bundle integrity");
        if (!integrity.sealed()) {
            html.element("p", "The bundle is not sealed: it has neither MANIFEST.sha256 (the partner's layer) nor"
                    + " audit/MANIFEST.sha256 (the auditor's), so its files were not verified.");
        }
        for (SealLayer layer : integrity.sealed() ? integrity.layers() : List.<SealLayer>of()) {
            String name = layer.manifest() + " (the " + layer.owner() + "'s layer)";
            if (!layer.sealed()) {
                html.element("p", name + ": not sealed.");
            } else if (!layer.failed()) {
                html.element("p", name + ": all " + layer.filesVerified() + " files match.");
            } else {
                html.open("p").attr("class", "alert").text(name + ": " + layer.problems().size() + " problem(s) ("
                        + layer.filesVerified() + " files verified).").close();
                html.open("table");
                headings(html, "File", "Problem");
                html.open("tbody");
                for (IntegrityProblem problem : layer.problems()) {
                    html.open("tr");
                    html.open("td").attr("class", "mono").text(problem.path()).close();
                    html.element("td", problem.problem());
                    html.close();
                }
                html.close();
                html.close();
            }
        }
        html.close();
    }

    private static void notes(Report report, MarkupWriter html) throws IOException {
        List<String> notes = new ArrayList<>();
        if (report.checklistVersionWarning() != null) {
            notes.add(report.checklistVersionWarning());
        }
        notes.addAll(report.evaluation().notes());
        html.open("section").attr("id", "notes");
        html.element("h2", "Notes and warnings");
        if (notes.isEmpty()) {
            html.element("p", "None.");
        } else {
            html.open("ul");
            for (String note : notes) {
                html.element("li", note);
            }
            html.close();
        }
        html.close();
    }

    private static void headings(MarkupWriter html, String... headings) throws IOException {
        html.open("thead").open("tr");
        for (String heading : headings) {
            html.element("th", heading);
        }
        html.close().close();
    }
}
