package dev.ccv.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.AuditTrail;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads the verdict and the findings of one saved JSON report, naming the field that is wrong. */
final class SavedFindings {

    private final String source;

    SavedFindings(String source) {
        this.source = source;
    }

    Verdict verdict(JsonNode node) {
        return choice("verdict", node, Verdict.values(), Verdict::jsonName);
    }

    List<Finding> read(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw wrong("findings", "a list", node);
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            Finding finding = finding("findings[" + i + "]", node.get(i));
            String key = finding.itemId() + " / " + (finding.caseStudyId() == null ? "partner" : finding.caseStudyId());
            if (!keys.add(key)) {
                throw JsonReportReader.error(source, "findings[" + i + "]: a second finding for " + key
                        + "; a ccv report has one finding per item and case study");
            }
            findings.add(finding);
        }
        return findings;
    }

    private Finding finding(String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw wrong(path, "an object", node);
        }
        JsonNode blocking = node.get("blocking");
        if (blocking == null || !blocking.isBoolean()) {
            throw wrong(path + ".blocking", "true or false", blocking);
        }
        return new Finding(
                text(path + ".item", node.get("item"), false),
                text(path + ".caseStudy", node.get("caseStudy"), true),
                choice(path + ".severity", node.get("severity"), FindingSeverity.values(), FindingSeverity::jsonName),
                choice(path + ".state", node.get("state"), FindingState.values(), FindingState::jsonName),
                blocking.booleanValue(),
                text(path + ".message", node.get("message"), false),
                new AuditTrail(note(path, node), null, List.of()),
                location(node.get("location")));
    }

    /** The auditor's note: {@code note}, or {@code auditorNote} in a report written before it was renamed. */
    private String note(String path, JsonNode finding) {
        return finding.has("note") ? text(path + ".note", finding.get("note"), true)
                : text(path + ".auditorNote", finding.get("auditorNote"), true);
    }

    private String text(String path, JsonNode node, boolean nullable) {
        if (nullable && (node == null || node.isNull())) {
            return null;
        }
        if (node == null || !node.isTextual()) {
            throw wrong(path, nullable ? "a string or null" : "a string", node);
        }
        return node.textValue();
    }

    /** The location is informative only, so a malformed one is dropped rather than refused. */
    private static SourcePosition location(JsonNode node) {
        if (node == null || !node.path("file").isTextual()) {
            return null;
        }
        return new SourcePosition(node.get("file").textValue(), node.path("line").asInt(0), 0);
    }

    private <E> E choice(String path, JsonNode node, E[] values, Function<E, String> name) {
        String text = node != null && node.isTextual() ? node.textValue() : null;
        return Arrays.stream(values).filter(v -> name.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> wrong(path, oneOf(Arrays.stream(values).map(name).toList()), node));
    }

    private static String oneOf(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private RuntimeException wrong(String path, String expected, JsonNode found) {
        String problem = found == null ? "missing" : "found " + found;
        return JsonReportReader.error(source, path + ": " + problem + "; expected " + expected);
    }
}
