package dev.ccv.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Validates YAML or JSON documents against one of the shipped schemas, as an editor would. */
public final class SchemaCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    private SchemaCheck(String name) {
        this.schema = FACTORY.getSchema(Schemas.text(name).orElseThrow());
    }

    public static SchemaCheck of(String name) {
        return new SchemaCheck(name);
    }

    /** The schema itself, as a tree, for tests that read its property names. */
    static JsonNode tree(String name) {
        return read(Schemas.text(name).orElseThrow());
    }

    /** YAML is a superset of JSON, so one reader serves both. */
    public static JsonNode read(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema says is wrong, empty when the document is valid. */
    public List<String> problems(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public List<String> problems(String text) {
        return problems(read(text));
    }
}
