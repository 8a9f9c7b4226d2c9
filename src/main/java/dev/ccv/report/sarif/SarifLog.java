package dev.ccv.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model that ccv emits, as records Jackson writes in
 * declaration order; absent (null) properties are left out, as SARIF prefers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "version", "runs"})
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    /** One run of ccv over one submission. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Invocation> invocations, String columnKind, List<Result> results,
                      Map<String, Object> properties) {
    }

    public record Tool(ToolComponent driver) {
    }

    /** ccv itself, with one rule per checklist item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolComponent(String name, String version, String informationUri, List<Rule> rules) {
    }

    /** A SARIF reportingDescriptor: one checklist item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, String name, Message shortDescription, Message fullDescription,
                       Configuration defaultConfiguration, Map<String, Object> properties) {
    }

    public record Configuration(String level) {
    }

    /** Plain text; serves both SARIF's message and multiformatMessageString. */
    public record Message(String text) {
    }

    /** Conditions of the run itself: integrity problems, notes and warnings for the reader. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notification(Message message, String level, List<Location> locations) {
    }

    /** One finding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, String kind, String level, Message message,
                         List<Location> locations, Map<String, String> partialFingerprints,
                         Map<String, Object> properties) {
    }

    public record Location(PhysicalLocation physicalLocation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    public record ArtifactLocation(String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn) {
    }
}
