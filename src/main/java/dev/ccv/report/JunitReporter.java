package dev.ccv.report;

import dev.ccv.model.Item;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.RemediationReference;
import dev.ccv.model.result.Report;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.report.wording.ChecklistOrigin;
import dev.ccv.report.xml.MarkupWriter;
import dev.ccv.report.wording.AuditWording;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the report as JUnit XML (the Ant/Jenkins shape that CI systems read): one test suite per
 * checklist section, one test case per result, a failure for each unmet result and a skipped
 * marker for each not-applicable one. Times are always 0 and there is no timestamp or host name,
 * so identical runs give identical files.
 */
public final class JunitReporter implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        MarkupWriter xml = MarkupWriter.to(out).xmlDeclaration();
        List<ItemResult> results = report.evaluation().results();
        xml.open("testsuites")
                .attr("name", "ccv " + report.checklist().id() + " " + report.checklist().version())
                .attr("tests", results.size())
                .attr("failures", count(results, ResultStatus.UNMET))
                .attr("errors", 0)
                .attr("skipped", count(results, ResultStatus.NOT_APPLICABLE))
                .attr("time", "0");
        Set<String> sectionIds = new LinkedHashSet<>();
        for (Section section : report.checklist().sections()) {
            sectionIds.add(section.id());
            writeSuite(report, section.id(), section.title(), xml);
        }
        // results of the engine's reserved items (e.g. a template placeholder left in) have a section of their own
        Set<String> reserved = new LinkedHashSet<>();
        for (ItemResult result : results) {
            if (!sectionIds.contains(result.sectionId())) {
                reserved.add(result.sectionId());
            }
        }
        for (String sectionId : reserved) {
            writeSuite(report, sectionId, sectionId, xml);
        }
        xml.finish();
    }

    private static void writeSuite(Report report, String sectionId, String title, MarkupWriter xml) throws IOException {
        List<ItemResult> results = report.evaluation().results().stream()
                .filter(r -> r.sectionId().equals(sectionId))
                .toList();
        xml.open("testsuite")
                .attr("name", sectionId)
                .attr("tests", results.size())
                .attr("failures", count(results, ResultStatus.UNMET))
                .attr("errors", 0)
                .attr("skipped", count(results, ResultStatus.NOT_APPLICABLE))
                .attr("time", "0");
        writeProperties(report, title, xml);
        for (ItemResult result : results) {
            writeCase(report, result, xml);
        }
        xml.close();
    }

    /** The run's context, so a CI page showing one suite still says what was checked. */
    private static void writeProperties(Report report, String title, MarkupWriter xml) throws IOException {
        xml.open("properties");
        property(xml, "section.title", title);
        property(xml, "checklist", report.checklist().id());
        property(xml, "checklist.version", report.checklist().version());
        for (Map.Entry<String, String> field : ChecklistOrigin.fields(report.checklist()).entrySet()) {
            property(xml, "checklist." + field.getKey().toLowerCase(Locale.ROOT), field.getValue());
        }
        property(xml, report.applicant().label().toLowerCase(Locale.ROOT), report.applicant().name());
        property(xml, "mode", report.mode().jsonName());
        property(xml, "as-of", report.asOf().toString());
        property(xml, "as-of.source", report.asOfSource().jsonName());
        if (report.audit() != null) {
            property(xml, "auditor", report.audit().auditor());
            if (!report.audit().auditors().isEmpty()) {
                property(xml, "auditors", AuditWording.people(report.audit()));
            }
            if (report.audit().date() != null) {
                property(xml, "audit.date", report.audit().date().toString());
            }
        }
        property(xml, "verdict", report.verdict().jsonName());
        property(xml, "fail-on", report.evaluation().failOn().jsonName());
        xml.close();
    }

    private static void property(MarkupWriter xml, String name, String value) throws IOException {
        xml.empty("property").attr("name", name).attr("value", value);
    }

    /** Named as a CI page should list it: the item, its case study, and what the item asks. */
    private static void writeCase(Report report, ItemResult result, MarkupWriter xml) throws IOException {
        String title = report.checklist().item(result.itemId()).map(Item::title).orElse(null);
        String name = result.itemId() + (result.caseStudyId() == null ? "" : " [" + result.caseStudyId() + "]")
                + (title == null ? "" : ": " + title);
        String classname = report.checklist().id() + "." + result.sectionId();
        if (result.status() == ResultStatus.MET) {
            xml.empty("testcase").attr("name", name).attr("classname", classname).attr("time", "0");
            return;
        }
        xml.open("testcase").attr("name", name).attr("classname", classname).attr("time", "0");
        if (result.status() == ResultStatus.UNMET) {
            xml.open("failure")
                    .attr("message", String.join("; ", result.messages()))
                    .attr("type", result.severity() == Severity.REQUIRED ? "critical" : "observation")
                    .text(failureText(result, findingFor(report, result)))
                    .close();
        } else if (result.status() == ResultStatus.NOT_APPLICABLE) {
            xml.empty("skipped").attr("message", String.join("; ", result.messages()));
        }
        xml.close();
    }

    /** Where to look and what was found, then where the finding stands after the audit. */
    private static String failureText(ItemResult result, Optional<Finding> finding) {
        StringBuilder text = new StringBuilder();
        for (String message : result.messages()) {
            text.append(result.location()).append(": ").append(message).append('\n');
        }
        finding.ifPresent(f -> text.append("finding: ").append(f.severity().jsonName())
                .append(", ").append(f.state().jsonName())
                .append(f.blocking() ? ", blocking" : ", not blocking").append('\n'));
        if (finding.isPresent()) {
            AuditTrail audit = finding.get().audit();
            if (audit.note() != null) {
                text.append("auditor: ").append(audit.note()).append('\n');
            }
            if (audit.remediatedOn() != null) {
                text.append("remediated on ").append(audit.remediatedOn()).append('\n');
            }
            for (RemediationReference reference : audit.remediationEvidence()) {
                text.append("remediation evidence: ").append(reference.ref()).append(" (")
                        .append(AuditWording.state(reference)).append(")\n");
            }
        }
        return text.toString();
    }

    private static Optional<Finding> findingFor(Report report, ItemResult result) {
        return report.evaluation().findings().stream()
                .filter(f -> f.itemId().equals(result.itemId())
                        && Objects.equals(f.caseStudyId(), result.caseStudyId()))
                .findFirst();
    }

    private static long count(List<ItemResult> results, ResultStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
