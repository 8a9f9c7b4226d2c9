package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ccv.model.Item;
import dev.ccv.model.Severity;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Report;
import dev.ccv.report.sarif.ArtifactUri;
import dev.ccv.report.sarif.FindingFingerprint;
import dev.ccv.report.sarif.RuleName;
import dev.ccv.report.sarif.SarifLog;
import dev.ccv.report.sarif.SarifLog.ArtifactLocation;
import dev.ccv.report.sarif.SarifLog.Configuration;
import dev.ccv.report.sarif.SarifLog.Invocation;
import dev.ccv.report.sarif.SarifLog.Location;
import dev.ccv.report.sarif.SarifLog.Message;
import dev.ccv.report.sarif.SarifLog.Notification;
import dev.ccv.report.sarif.SarifLog.PhysicalLocation;
import dev.ccv.report.sarif.SarifLog.Region;
import dev.ccv.report.sarif.SarifLog.Result;
import dev.ccv.report.sarif.SarifLog.Rule;
import dev.ccv.report.sarif.SarifLog.Run;
import dev.ccv.report.sarif.SarifLog.Tool;
import dev.ccv.report.sarif.SarifLog.ToolComponent;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the report as SARIF 2.1.0 for code-scanning tools: one rule per checklist item, one
 * result per finding, located at the input line it concerns.
 *
 * <p>Levels: a finding that still stands (open or unremediable) is {@code error} when critical and
 * {@code warning} when an observation. A remediated finding is kept, so its history stays visible,
 * as {@code kind: "pass"} with {@code level: "none"}: SARIF allows no other level for a result
 * that is not a failure. Each result carries a partial fingerprint computed from the checklist,
 * item and case study only, so code scanning tracks a finding across runs even when lines move.
 */
public final class SarifReporter implements Reporter {

    private static final ObjectWriter JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        JSON.writeValue(out, log(report));
        out.write('\n');
        out.flush();
    }

    private static SarifLog log(Report report) {
        List<Item> items = report.checklist().items().toList();
        ToolComponent driver = new ToolComponent("ccv", report.toolVersion(), null,
                items.stream().map(SarifReporter::rule).toList());
        List<Result> results = report.evaluation().findings().stream()
                .map(f -> result(report, items, f))
                .toList();
        Run run = new Run(new Tool(driver), List.of(invocation(report)), "unicodeCodePoints", results,
                runProperties(report));
        return new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of(run));
    }

    private static Rule rule(Item item) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("severity", item.severity().yamlName());
        properties.put("scope", item.scope().yamlName());
        return new Rule(item.id(), RuleName.of(item.title()), new Message(item.title()),
                item.description() == null ? null : new Message(item.description()),
                new Configuration(item.severity() == Severity.REQUIRED ? "error" : "warning"), properties);
    }

    private static Result result(Report report, List<Item> items, Finding finding) {
        boolean stands = finding.state() != FindingState.REMEDIATED;
        String level = !stands ? "none" : finding.severity() == FindingSeverity.CRITICAL ? "error" : "warning";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("caseStudy", finding.caseStudyId());
        properties.put("severity", finding.severity().jsonName());
        properties.put("state", finding.state().jsonName());
        properties.put("blocking", finding.blocking());
        if (finding.auditorNote() != null) {
            properties.put("auditorNote", finding.auditorNote());
        }
        return new Result(finding.itemId(), ruleIndex(items, finding.itemId()), stands ? "fail" : "pass", level,
                new Message(messageText(finding)), locations(finding.location()),
                Map.of(FindingFingerprint.KEY, FindingFingerprint.of(report.checklist().id(), finding)),
                properties);
    }

    /** The finding's own words, then which case study and, once decided, where it stands. */
    private static String messageText(Finding finding) {
        List<String> context = new ArrayList<>();
        if (finding.caseStudyId() != null) {
            context.add("case study " + finding.caseStudyId());
        }
        if (finding.state() != FindingState.OPEN) {
            context.add(finding.state().jsonName());
        }
        return context.isEmpty() ? finding.message() : finding.message() + " (" + String.join("; ", context) + ")";
    }

    private static Integer ruleIndex(List<Item> items, String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return null;
    }

    private static List<Location> locations(SourcePosition position) {
        if (position == null) {
            return null;
        }
        Region region = position.hasLine()
                ? new Region(position.line(), position.column() > 0 ? position.column() : null)
                : null;
        return List.of(new Location(new PhysicalLocation(new ArtifactLocation(ArtifactUri.of(position.file())),
                region)));
    }

    private static Invocation invocation(Report report) {
        Stream<Notification> integrity = report.integrity().problems().stream()
                .map(p -> new Notification(new Message(p.path() + ": " + p.problem()), "error",
                        locations(SourcePosition.of(p.path()))));
        Stream<Notification> warning = Stream.ofNullable(report.checklistVersionWarning())
                .map(w -> new Notification(new Message(w), "warning", null));
        Stream<Notification> notes = report.evaluation().notes().stream()
                .map(n -> new Notification(new Message(n), "note", null));
        return new Invocation(true, Stream.of(integrity, warning, notes).flatMap(s -> s).toList());
    }

    private static Map<String, Object> runProperties(Report report) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("checklist", report.checklist().id());
        properties.put("checklistVersion", report.checklist().version());
        properties.put("partner", report.partnerName());
        properties.put("mode", report.mode().jsonName());
        properties.put("asOf", report.asOf().toString());
        properties.put("verdict", report.verdict().jsonName());
        properties.put("redacted", report.redacted());
        return properties;
    }
}
