package dev.ccv.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccv.model.result.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes the outcome of {@code ccv diff}: as text for a person (the default) or as JSON for a CI job. */
public final class DiffReporter {

    /** The formats {@code ccv diff} offers, the default first. */
    public static final List<String> FORMATS = List.of("text", "json");

    private final boolean json;

    private DiffReporter(boolean json) {
        this.json = json;
    }

    public static Optional<DiffReporter> create(String format) {
        return FORMATS.contains(format) ? Optional.of(new DiffReporter(format.equals("json"))) : Optional.empty();
    }

    public void write(ReportDiff diff, Writer out) throws IOException {
        if (json) {
            writeJson(diff, out);
        } else {
            writeText(diff, out);
        }
    }

    private static void writeText(ReportDiff diff, Writer out) throws IOException {
        out.write("ccv diff: " + TerminalText.inert(diff.before().source()) + " -> "
                + TerminalText.inert(diff.after().source()) + "\n");
        String before = diff.before().verdict().name();
        String after = diff.after().verdict().name();
        out.write("Verdict: " + (diff.verdictChanged() ? before + " -> " + after : after + " (unchanged)") + "\n");
        int keyWidth = diff.changes().stream().mapToInt(c -> key(c).length()).max().orElse(0);
        writeGroup(out, "Appeared", "+", diff.appeared(), keyWidth);
        writeGroup(out, "Resolved", "-", diff.resolved(), keyWidth);
        writeGroup(out, "Changed", "~", diff.changed(), keyWidth);
        if (diff.changes().isEmpty()) {
            out.write("\nNo finding appeared, was resolved or changed.\n");
        }
        out.write("\nResult: " + outcome(diff) + "\n");
    }

    private static void writeGroup(Writer out, String title, String mark, List<FindingChange> changes, int keyWidth)
            throws IOException {
        if (changes.isEmpty()) {
            return;
        }
        out.write("\n" + title + " (" + changes.size() + ")\n");
        for (FindingChange change : changes) {
            String head = "  " + mark + " " + pad(key(change), keyWidth) + "  ";
            out.write(head + TerminalText.wrap(describe(change), head.length(), head.length()) + "\n");
            Finding latest = change.after() != null ? change.after() : change.before();
            String where = latest.location() == null ? "" : TerminalText.where(latest.location()) + ": ";
            out.write("      " + TerminalText.wrap(TerminalText.inert(where + latest.message()), 6, 6) + "\n");
        }
    }

    private static String describe(FindingChange change) {
        Finding before = change.before();
        Finding after = change.after();
        if (change.kind() == FindingChange.Kind.APPEARED) {
            return after.severity().jsonName() + ", " + after.state().jsonName() + (after.blocking() ? ", blocking" : "");
        }
        if (after == null) {
            return before.severity().jsonName() + ", " + before.state().jsonName() + " -> no longer reported";
        }
        List<String> parts = new ArrayList<>();
        parts.add(before.severity() == after.severity() ? after.severity().jsonName()
                : before.severity().jsonName() + " -> " + after.severity().jsonName());
        parts.add(before.state() == after.state() ? after.state().jsonName()
                : before.state().jsonName() + " -> " + after.state().jsonName());
        if (before.blocking() != after.blocking()) {
            parts.add(after.blocking() ? "now blocking" : "no longer blocking");
        }
        return String.join(", ", parts);
    }

    private static String outcome(ReportDiff diff) {
        if (!diff.worsened()) {
            return "nothing got worse";
        }
        int count = diff.newlyBlocking().size();
        if (count == 0) {
            return "worse \u2014 the verdict went from pass to fail";
        }
        return "worse \u2014 " + count + (count == 1 ? " finding blocks" : " findings block") + " that did not before";
    }

    private static String key(FindingChange change) {
        String caseStudy = change.caseStudyId() == null ? "" : " " + change.caseStudyId();
        return TerminalText.inert(change.itemId() + caseStudy);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static void writeJson(ReportDiff diff, Writer out) throws IOException {
        try (JsonGenerator json = PrettyJson.open(out)) {
            json.writeStartObject();
            json.writeNumberField("diffVersion", 1);
            writeSide(json, "old", diff.before());
            writeSide(json, "new", diff.after());
            json.writeBooleanField("verdictChanged", diff.verdictChanged());
            json.writeBooleanField("worsened", diff.worsened());
            writeChanges(json, "appeared", diff.appeared());
            writeChanges(json, "resolved", diff.resolved());
            writeChanges(json, "changed", diff.changed());
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeSide(JsonGenerator json, String field, SavedReport report) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("path", report.source());
        json.writeStringField("verdict", report.verdict().jsonName());
        json.writeEndObject();
    }

    private static void writeChanges(JsonGenerator json, String field, List<FindingChange> changes) throws IOException {
        json.writeArrayFieldStart(field);
        for (FindingChange change : changes) {
            json.writeStartObject();
            json.writeStringField("item", change.itemId());
            PrettyJson.stringOrNull(json, "caseStudy", change.caseStudyId());
            writeFinding(json, "before", change.before());
            writeFinding(json, "after", change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFinding(JsonGenerator json, String field, Finding finding) throws IOException {
        if (finding == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("severity", finding.severity().jsonName());
        json.writeStringField("state", finding.state().jsonName());
        json.writeBooleanField("blocking", finding.blocking());
        json.writeStringField("message", finding.message());
        json.writeEndObject();
    }
}
