package dev.ccv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.model.SelfAssessment;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deliberate limits on what ccv reads: documents built to expand or nest without bound are
 * refused with a message, while real self-assessments of tens of megabytes still load.
 */
class LimitsTest {

    private static final String ONE_ERROR = "ccv: 1 input error; nothing was evaluated.\n";

    @TempDir
    Path folder;

    @Test
    void billionLaughsWithManyAliasesIsRefused() {
        StringBuilder laughs = new StringBuilder("laughs:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            laughs.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        Ccv run = ExampleBundle.passing(folder).append(laughs.toString()).validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:226:34: the document uses more than 50"
                + " aliases (`*name`) to lists or mappings; refused as a possible \"billion laughs\" attack\n"
                + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    /** Sixteen levels of three aliases each stay under the alias count, yet expand to 43 million values. */
    @Test
    void billionLaughsWithFewAliasesIsRefusedByItsExpansion() {
        StringBuilder laughs = new StringBuilder("laughs:\n  l0: &l0 [lol, lol, lol]\n");
        for (int level = 1; level <= 16; level++) {
            String below = "*l" + (level - 1);
            laughs.append("  l").append(level).append(": &l").append(level)
                    .append(" [").append(below).append(", ").append(below).append(", ").append(below).append("]\n");
        }
        Ccv run = ExampleBundle.passing(folder).append(laughs.toString()).validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:232:8: the aliases (`*name`) in this value"
                + " expand to more than 1000000 values; refused as a possible \"billion laughs\" attack;"
                + " write the values out\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void deepNestingIsRefused() {
        Ccv run = ExampleBundle.passing(folder).append("deep: " + "[".repeat(150) + "]".repeat(150) + "\n")
                .validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml:219:107: the document is nested more than"
                + " 100 levels deep here; flatten it\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        ExampleBundle bundle = ExampleBundle.passing(folder);
        try (RandomAccessFile file = new RandomAccessFile(bundle.root().resolve("self-assessment.yaml").toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024);
        }

        Ccv run = bundle.validate();

        assertThat(run.err()).isEqualTo("error: self-assessment.yaml: the file is too large (more than 64 MiB,"
                + " the most ccv reads for it)\n" + ONE_ERROR);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aSelfAssessmentWithOneHundredThousandResponsesOfTensOfMegabytesLoads() throws IOException {
        Path file = folder.resolve("self-assessment.yaml");
        String notes = "Reviewed by the partner's architecture board; see the evidence folder for the minutes and the decision log.";
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("kind: self-assessment\nchecklist: generated-competency\npartner:\n  name: Acme\n"
                    + "  tier: advanced\nsolution:\n  name: Platform\nresponses:\n");
            for (int item = 1; item <= 100_000; item++) {
                writer.write("  GEN-" + item + ":\n    status: met\n    evidence: [https://acme.example/evidence/"
                        + item + "]\n    notes: " + notes + "\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(10L * 1024 * 1024);

        SelfAssessment assessment = new SelfAssessmentLoader().load(file, "self-assessment.yaml",
                new EvidenceResolver(folder));

        assertThat(assessment.responses()).hasSize(100_000).containsKey("GEN-100000");
    }

    @Test
    void aJsonReportNestedDeeperThanAnyReportIsRefusedByDiff() throws IOException {
        Files.writeString(folder.resolve("old.json"), "{\"a\":".repeat(100) + "1" + "}".repeat(100));
        Files.writeString(folder.resolve("new.json"), "{}");

        Ccv run = Ccv.run(folder, "diff", "old.json", "new.json");

        assertThat(run.err()).isEqualTo("error: " + folder.resolve("old.json") + ": the JSON is larger or nested deeper than any ccv report"
                + " (at most 64 levels, strings of 16 MiB, numbers of 100 digits); give a JSON report written by"
                + " `ccv validate --report json=FILE`\n" + "ccv: 1 input error.\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aJsonNumberLongerThanAnyReportHoldsIsRefusedByDiff() throws IOException {
        Files.writeString(folder.resolve("old.json"), "{\"reportVersion\": " + "9".repeat(5000) + "}");
        Files.writeString(folder.resolve("new.json"), "{}");

        Ccv run = Ccv.run(folder, "diff", "old.json", "new.json");

        assertThat(run.err()).startsWith("error: " + folder.resolve("old.json") + ": the JSON is larger or nested deeper than any ccv report");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
