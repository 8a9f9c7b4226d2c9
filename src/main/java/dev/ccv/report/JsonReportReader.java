package dev.ccv.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ccv.files.GivenFile;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a JSON report written by {@code ccv validate --report json=FILE} back for
 * {@code ccv diff}; anything else is refused with an {@link InvalidInputException} naming the file.
 */
public final class JsonReportReader {

    private static final String HOW_TO_WRITE_ONE = "give a JSON report written by `ccv validate --report json=FILE`";

    /**
     * Deliberate bounds for a file that may come from anywhere: a report of 100,000 results is tens
     * of megabytes and nests a handful of levels, with no string or number anywhere near these sizes.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(256L * 1024 * 1024)
            .maxNestingDepth(64)
            .maxStringLength(16 * 1024 * 1024)
            .maxNumberLength(100)
            .maxNameLength(1000)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads the report in {@code file}; its name in messages is {@code file} as given. */
    public SavedReport read(Path file) {
        String source = file.toString();
        byte[] bytes = GivenFile.read(file, source, LIMITS.getMaxDocumentLength());
        return read(source, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads a report from {@code json}; {@code source} names it in messages. */
    public SavedReport read(String source, String json) {
        JsonNode root = parse(source, json);
        if (!root.isObject() || !root.has("reportVersion") || !"ccv".equals(root.at("/tool/name").asText())) {
            throw error(source, "not a ccv JSON report; " + HOW_TO_WRITE_ONE);
        }
        JsonNode version = root.get("reportVersion");
        if (!version.isInt() || version.intValue() != Report.REPORT_VERSION) {
            throw error(source, "unknown reportVersion " + version + "; this ccv reads reportVersion "
                    + Report.REPORT_VERSION + " (compare reports written by the same version of ccv)");
        }
        SavedFindings findings = new SavedFindings(source);
        return new SavedReport(source, findings.verdict(root.get("verdict")), findings.read(root.get("findings")));
    }

    private static JsonNode parse(String source, String json) {
        try {
            return MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw error(source, "the JSON is larger or nested deeper than any ccv report (at most "
                    + LIMITS.getMaxNestingDepth() + " levels, strings of 16 MiB, numbers of 100 digits); "
                    + HOW_TO_WRITE_ONE);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePosition position = at == null ? SourcePosition.of(source)
                    : new SourcePosition(source, at.getLineNr(), at.getColumnNr());
            throw new InvalidInputException(new InputError(position,
                    "not valid JSON (" + e.getOriginalMessage() + "); " + HOW_TO_WRITE_ONE));
        }
    }

    static InvalidInputException error(String source, String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(source), message));
    }
}
