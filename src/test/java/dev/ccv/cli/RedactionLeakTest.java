package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.report.ReportFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code --redact} leaves nothing of a non-public case study in any format: every token of every
 * non-public case study of every example (its id, customer, URL, free text, the paths of its own,
 * its answers' and its remediation evidence, and the distinctive words of its id and customer) and
 * every auditor note is looked for, in any letter case, in each format's output.
 */
class RedactionLeakTest {

    private static final List<String> FREE_TEXT = List.of("introduction", "challenge", "solution", "outcomes");

    @TempDir
    Path reports;

    @TestFactory
    Stream<DynamicTest> noFormatShowsAnyTokenOfANonPublicCaseStudy() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(Files::isDirectory).sorted().toList()) {
                Set<String> tokens = secrets(example);
                assertThat(tokens).as("tokens of %s", example).isNotEmpty();
                for (String format : ReportFormats.names()) {
                    tests.add(DynamicTest.dynamicTest(example.getFileName() + " " + format,
                            () -> assertNoLeak(example, format, tokens)));
                }
            }
        }
        return tests.stream();
    }

    private void assertNoLeak(Path example, String format, Set<String> tokens) throws IOException {
        Path file = reports.resolve(example.getFileName() + "." + format);
        CliRun run = CliRun.of("validate", example.toString(), "--redact", "--report", format + "=" + file);
        assertThat(run.err()).isEmpty();
        String output = dev.ccv.report.ReportText.of(format, Files.readAllBytes(file)).toLowerCase(Locale.ROOT);
        boolean hasCaseStudies = Files.readString(example.resolve("self-assessment.yaml")).contains("\ncaseStudies:");
        if (!format.equals("sarif") && hasCaseStudies) {
            // SARIF lists findings only; every other format lists the case studies (an individual has none)
            assertThat(output).contains("non-public-1");
        }
        for (String token : tokens) {
            assertThat(output).as("%s report of %s", format, example).doesNotContain(token.toLowerCase(Locale.ROOT));
        }
    }

    /** Every text of the example's non-public case studies, and every auditor note. */
    @SuppressWarnings("unchecked")
    private static Set<String> secrets(Path example) throws IOException {
        Map<String, Object> assessment = load(example.resolve("self-assessment.yaml"));
        Map<String, Object> audit = Files.exists(example.resolve("audit.yaml"))
                ? load(example.resolve("audit.yaml")) : Map.of();
        Set<String> publicWords = new TreeSet<>();
        List<Map<String, Object>> caseStudies = (List<Map<String, Object>>) assessment.getOrDefault("caseStudies", List.of());
        for (Map<String, Object> caseStudy : caseStudies) {
            if (Boolean.TRUE.equals(caseStudy.get("public"))) {
                publicWords.addAll(words(caseStudy.get("id") + " " + caseStudy.get("customer")));
            }
        }
        publicWords.addAll(words(Files.readString(Path.of("checklists/aws-competency-baseline.yaml"))));
        Set<String> tokens = new TreeSet<>();
        for (Map<String, Object> caseStudy : caseStudies) {
            if (Boolean.TRUE.equals(caseStudy.get("public"))) {
                continue;
            }
            String id = (String) caseStudy.get("id");
            add(tokens, id, caseStudy.get("customer"), caseStudy.get("url"));
            FREE_TEXT.forEach(field -> add(tokens, caseStudy.get(field)));
            addAll(tokens, caseStudy.get("evidence"));
            for (Object response : ((Map<String, Object>) assessment.get("responses")).values()) {
                Object answers = ((Map<String, Object>) response).get("caseStudies");
                if (answers instanceof Map<?, ?> byCaseStudy && byCaseStudy.get(id) instanceof Map<?, ?> answer) {
                    addAll(tokens, answer.get("evidence"));
                }
            }
            for (Map<String, Object> finding : findings(audit)) {
                if (id.equals(finding.get("caseStudy"))) {
                    addAll(tokens, finding.get("remediationEvidence"));
                }
            }
            for (String word : words(id + " " + caseStudy.get("customer"))) {
                if (!publicWords.contains(word) && word.length() >= 4) {
                    tokens.add(word);
                }
            }
        }
        for (Map<String, Object> finding : findings(audit)) {
            add(tokens, finding.get("note"));
        }
        // an individual's personal data: the email and every certification validation number
        if (assessment.get("applicant") instanceof Map<?, ?> applicant) {
            add(tokens, applicant.get("email"));
        }
        for (Object certification : (List<Object>) assessment.getOrDefault("certifications", List.of())) {
            add(tokens, ((Map<String, Object>) certification).get("validationNumber"));
        }
        return tokens;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> findings(Map<String, Object> audit) {
        return (List<Map<String, Object>>) audit.getOrDefault("findings", List.of());
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void add(Set<String> tokens, Object... values) {
        for (Object value : values) {
            if (value instanceof String text && !text.isBlank()) {
                tokens.add(text.strip());
            }
        }
    }

    private static void addAll(Set<String> tokens, Object list) {
        if (list instanceof List<?> values) {
            values.forEach(value -> add(tokens, value));
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    }
}
