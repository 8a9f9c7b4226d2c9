package dev.ccv.loading;

import dev.ccv.model.Answer;
import dev.ccv.model.Evidence;
import dev.ccv.model.Response;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code responses}: per item id, one answer, or one answer per case study under {@code caseStudies}. */
final class ResponseReader {

    private static final List<String> ANSWER_KEYS = List.of("status", "evidence", "notes", "options");
    private static final List<String> RESPONSE_KEYS = List.of("status", "evidence", "notes", "options", "caseStudies");
    private static final Map<String, ResponseStatus> STATUSES = NodeReader.choicesOf(ResponseStatus.values());

    private final NodeReader reader;
    private final EvidenceResolver resolver;

    ResponseReader(NodeReader reader, EvidenceResolver resolver) {
        this.reader = reader;
        this.resolver = resolver;
    }

    /** The responses in file order, keyed by item id. */
    Map<String, Response> readAll(YamlMap top) {
        Map<String, Response> responses = new LinkedHashMap<>();
        MappingNode mapping = reader.mapping(top.value("responses"), Slot.key("responses"));
        if (mapping == null) {
            return responses;
        }
        for (YamlMap.Entry entry : YamlMap.openAny(mapping, "`responses`", reader).entries()) {
            MappingNode value = answerMapping(entry, "the response to",
                    "status: met | not-met | not-applicable, or caseStudies:");
            if (value != null) {
                Response response = response(entry,
                        YamlMap.openUnder(entry.position(), value, "a response", RESPONSE_KEYS, reader));
                responses.put(entry.key(), response);
            }
        }
        return responses;
    }

    private Response response(YamlMap.Entry entry, YamlMap map) {
        if (!map.has("caseStudies")) {
            return new Response(entry.key(), answer(map, entry.position()), Map.of(), entry.position());
        }
        if (map.has("status") || map.has("evidence") || map.has("notes") || map.has("options")) {
            reader.problems().add(entry.position(), "a response has either `status`, `evidence`, `notes` and `options`,"
                    + " or `caseStudies:` with one answer per case study, not both");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        MappingNode caseStudies = reader.mapping(map.value("caseStudies"), Slot.key("caseStudies"));
        if (caseStudies != null) {
            for (YamlMap.Entry answer : YamlMap.openAny(caseStudies, "`caseStudies`", reader).entries()) {
                MappingNode value = answerMapping(answer, "the answer for case study",
                        "status: met | not-met | not-applicable");
                if (value != null) {
                    answers.put(answer.key(), answer(YamlMap.openUnder(answer.position(), value,
                            "a case-study answer", ANSWER_KEYS, reader), answer.position()));
                }
            }
        }
        return new Response(entry.key(), null, answers, entry.position());
    }

    /** The entry's mapping; {@code noun} names it in messages, made only for one ("the response to `ID`"). */
    private MappingNode answerMapping(YamlMap.Entry entry, String noun, String write) {
        if (NodeReader.isNull(entry.value())) {
            reader.problems().add(entry.position(), noun + " `" + entry.key() + "` is empty; write " + write);
            return null;
        }
        if (entry.value() instanceof ScalarNode scalar) {
            reader.problems().add(reader.at(scalar), noun + " `" + entry.key() + "` must be a mapping, found "
                    + NodeReader.describe(scalar) + "; write " + entry.key() + ": { status: " + scalar.getValue() + " }");
            return null;
        }
        return reader.mapping(entry.value(), Slot.key(entry.key()));
    }

    private Answer answer(YamlMap map, SourcePosition position) {
        ResponseStatus status = map.requiredChoice("status", "status", STATUSES);
        List<Evidence> evidence = resolver.resolveAll(map.texts("evidence"), reader.problems());
        return new Answer(status, evidence, map.text("notes"), map.texts("options"), position);
    }
}
