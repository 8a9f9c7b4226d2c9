package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property over generated bundles (seeded, so a failure can be replayed): for each bundle, the
 * verdict and exit code that {@code ccv batch} records equal those of a separate
 * {@code ccv validate} of the same bundle.
 */
class BatchMatchesValidatePropertyTest {

    private static final long SEED = 19;
    private static final int BUNDLES = 24;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void eachBundlesVerdictAndExitCodeInTheSummaryAreThoseOfValidate() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < BUNDLES; i++) {
            generate(random, i);
        }

        CliRun batch = CliRun.of(folder, "batch", "bundles", "--as-of", "2026-06-30", "--jobs", "3",
                "--summary", "json");

        JsonNode bundles = JSON.readTree(batch.out()).get("bundles");
        assertThat(bundles).hasSize(BUNDLES);
        int highest = 0;
        for (JsonNode bundle : bundles) {
            String path = bundle.get("path").asText();
            CliRun validate = CliRun.of(folder, "validate", path, "--as-of", "2026-06-30", "--report", "json");
            assertThat(bundle.get("exitCode").asInt()).as("exit code of %s", path).isEqualTo(validate.exitCode());
            String verdict = validate.exitCode() == 2 ? null : JSON.readTree(validate.out()).get("verdict").asText();
            assertThat(bundle.get("verdict").isNull() ? null : bundle.get("verdict").asText())
                    .as("verdict of %s", path).isEqualTo(verdict);
            highest = Math.max(highest, validate.exitCode());
        }
        assertThat(batch.exitCode()).isEqualTo(highest);
        assertThat(bundles.findValuesAsText("result")).contains("pass", "fail", "invalid", "integrity");
    }

    /** A variation of the passing example: partner, tier, delivery date, evidence; now and then invalid, tampered or zipped. */
    private void generate(Random random, int i) {
        String name = String.format("b%02d", i);
        Path bundle = Portfolios.copy("passing-precheck", folder.resolve("work/" + name));
        Path file = bundle.resolve("self-assessment.yaml");
        Portfolios.replace(file, "name: Acme Cloud Consulting", "name: Partner " + i);
        Portfolios.replace(file, "tier: advanced", "tier: " + pick(random, "advanced", "premier", "select", "advanced"));
        Portfolios.replace(file, "dateDelivered: 2025-07-14",
                "dateDelivered: " + pick(random, "2025-07-14", "2024-01-10", "2026-01-05"));
        if (random.nextInt(5) == 0) {
            Portfolios.replace(file, "evidence: [evidence/globex/architecture.md]", "evidence: [evidence/globex/gone.md]");
        }
        if (i == 3 || random.nextInt(8) == 0) {
            Portfolios.replace(file, "kind: self-assessment", "kind: self-assessment\nunknownKey: 1");
        } else if (i == 5 || random.nextInt(8) == 0) {
            assertThat(CliRun.of("manifest", bundle.toString()).exitCode()).isZero();
            Portfolios.append(bundle.resolve("evidence/cost-review.md"), "tampered\n");
        }
        Path bundles = folder.resolve("bundles");
        if (random.nextInt(4) == 0) {
            Portfolios.zip(bundle, bundles.resolve(name + ".zip"));
        } else {
            move(bundle, bundles.resolve(name));
        }
    }

    private static String pick(Random random, String... values) {
        return List.of(values).get(random.nextInt(values.length));
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
