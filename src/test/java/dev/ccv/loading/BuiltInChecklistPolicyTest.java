package dev.ccv.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.authoring.ChecklistLint;
import dev.ccv.authoring.LintFinding;
import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Severity;
import dev.ccv.model.Validity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every built-in checklist promises a reviewer (every file under {@code checklists/}, including
 * ones added later): requirement ids of the AWS shape, each once; every item either names where it
 * is published or is marked as an assumption that says why; an id of ccv's own (a requirement the
 * program guide states without an id) starts with {@code CCV} and is marked assumed; a requirement
 * with a public source is required (the guide makes every unmet one a critical finding); validity
 * dates in order; a
 * {@code source} that is an https address; {@code ccv lint} finds nothing, not even a warning.
 */
class BuiltInChecklistPolicyTest {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");
    private static final Pattern OWN_ID = Pattern.compile("CCV[A-Z0-9]*-[0-9]+");
    private static final Pattern SAYS_WHY = Pattern.compile("\\bassum(ed|ption)\\b", Pattern.CASE_INSENSITIVE);

    @TestFactory
    Stream<DynamicTest> everyBuiltInChecklist() {
        return ChecklistLibrary.builtIn().all().stream().map(checklist ->
                DynamicTest.dynamicTest(checklist.id(), () -> holdsToThePolicy(checklist)));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedFileLintsWithoutFindings() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(ChecklistLibrary.BUILT_IN_DIRECTORY))) {
            List<Path> shipped = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertThat(shipped).hasSameSizeAs(ChecklistLibrary.builtIn().all());
            return shipped.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                    assertThat(ChecklistLint.lint(file, file.toString())).extracting(LintFinding::render).isEmpty()));
        }
    }

    private static void holdsToThePolicy(Checklist checklist) {
        String url = checklist.publication().url();
        if (url != null) {
            assertThat(URI.create(url)).as("source").satisfies(uri -> {
                assertThat(uri.getScheme()).isEqualTo("https");
                assertThat(uri.getHost()).isNotBlank();
            });
        }
        Set<String> seen = new HashSet<>();
        for (Item item : checklist.items()) {
            assertThat(item.id()).as("item id").matches(ID);
            assertThat(seen.add(item.id())).as("%s is unique", item.id()).isTrue();
            assertThat(item.id()).as("%s: an id of ccv's own starts with CCV (CCVBR-, CCVCS-), so that nobody"
                    + " looks for it on an AWS page", item.id()).doesNotMatch("(BR|CS)-[0-9]+");
            if (OWN_ID.matcher(item.id()).matches()) {
                assertThat(item.assumed()).as("%s, an id of ccv's own, is marked assumed", item.id()).isTrue();
            }
            assertThat(item.source() != null || item.assumed())
                    .as("%s names a source or is assumed", item.id()).isTrue();
            if (item.check().type().equals("case-study-count") && publicMinimum(item) > 0) {
                assertThat(item.source() != null || assumedParameters(item).contains("minimumPublic"))
                        .as("%s: no public source states the public share of case studies: give the item a source"
                                + " that does, or list minimumPublic under the check's assumed", item.id()).isTrue();
            }
            if (item.assumed()) {
                assertThat(item.description()).as("%s says why it is assumed", item.id()).containsPattern(SAYS_WHY);
            } else {
                assertThat(item.severity()).as("%s, a published requirement, is required", item.id())
                        .isEqualTo(Severity.REQUIRED);
            }
        }
        Validity validity = checklist.publication().validity();
        if (validity != null) {
            assertThat(validity.from()).as("validity from").isBeforeOrEqualTo(validity.until());
            assertThat(validity.until()).as("validity until").isBeforeOrEqualTo(validity.acceptedUntil());
        }
    }

    private static long publicMinimum(Item item) {
        var value = item.check().parameters().get("minimumPublic");
        return value == null ? 0 : (Long) value.value();
    }

    private static List<?> assumedParameters(Item item) {
        var value = item.check().parameters().get("assumed");
        return value == null ? List.of() : (List<?>) value.value();
    }
}
