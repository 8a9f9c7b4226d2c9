package dev.ccv.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON layout every ccv JSON document uses: two-space indentation, {@code "\n"} line
 * endings whatever the platform, {@code "key": value}, and {@code []} / {@code {}} when empty, so
 * that reports are byte-identical on every machine. SARIF logs differ only in {@code [ ]} /
 * {@code { }} ({@link #openSarif}).
 */
final class PrettyJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PrettyJson() {
    }

    /** A generator over {@code out} that leaves {@code out} open when closed. */
    static JsonGenerator open(Writer out) throws IOException {
        return open(out, "");
    }

    /**
     * Like {@link #open}, but with Jackson's default {@code [ ]} and {@code { }} when empty: SARIF
     * logs were written that way from the start, and a code-scanning upload of the same findings
     * should stay byte-identical across ccv versions.
     */
    static JsonGenerator openSarif(Writer out) throws IOException {
        return open(out, " ");
    }

    private static JsonGenerator open(Writer out, String emptySeparator) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator(emptySeparator)
                .withArrayEmptySeparator(emptySeparator));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }

    /** Writes {@code value}, or {@code null} when there is none. */
    static void stringOrNull(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
