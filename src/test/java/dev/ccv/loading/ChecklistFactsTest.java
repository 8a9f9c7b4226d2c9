package dev.ccv.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Offering;
import dev.ccv.model.Publication;
import dev.ccv.model.Validity;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The built-in checklists agree with what is publicly known about the real ones: a checklist that
 * names a known AWS page as its source has that page's variant, version and validity
 * ({@code published-checklist-facts.yaml}); DevOps asks for the 4 case studies and the requirement
 * ids its page lists; FTR items state the FTR's numbers wherever a checklist carries them.
 */
class ChecklistFactsTest {

    private static final Path FACTS = Path.of("src/test/resources/loading/published-checklist-facts.yaml");
    private static final String DEVOPS_PAGE = "consulting/Cm5yq5ehT.html";

    /** What one public page states: its address ending, version (or null) and validity windows. */
    private record PageFacts(String page, String version, List<Map<String, String>> windows) {
    }

    @TestFactory
    Stream<DynamicTest> checklistsFollowingAKnownPageAgreeWithIt() throws IOException {
        List<PageFacts> pages = pages();
        return builtIn().map(checklist -> DynamicTest.dynamicTest(checklist.id(), () -> {
            Publication publication = checklist.publication();
            Optional<PageFacts> page = pages.stream()
                    .filter(facts -> publication.url() != null && publication.url().endsWith("/" + facts.page()))
                    .findFirst();
            if (page.isPresent()) {
                agrees(checklist, page.get());
            }
        }));
    }

    @Test
    void someBuiltInChecklistsFollowAKnownPage() throws IOException {
        List<PageFacts> pages = pages();
        assertThat(builtIn().filter(checklist -> pages.stream().anyMatch(page -> checklist.publication().url() != null
                && checklist.publication().url().endsWith("/" + page.page())))).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> theOfferingIsThePagesVariant() {
        return builtIn().filter(checklist -> checklist.publication().url() != null)
                .map(checklist -> DynamicTest.dynamicTest(checklist.id(), () -> {
                    String url = checklist.publication().url();
                    if (url.contains("/consulting/")) {
                        assertThat(checklist.publication().offering()).as("a consulting page's checklist")
                                .isEqualTo(Offering.SERVICES);
                    } else if (url.contains("/technology/")) {
                        assertThat(checklist.publication().offering()).as("a technology page's checklist")
                                .isEqualTo(Offering.SOFTWARE);
                    }
                }));
    }

    @Test
    void devOpsAsksForFourCaseStudiesAndEveryRequirementItsPageLists() {
        List<Checklist> devOps = builtIn()
                .filter(checklist -> String.valueOf(checklist.publication().url()).endsWith("/" + DEVOPS_PAGE))
                .toList();
        assertThat(devOps).as("a built-in checklist follows the DevOps services page").isNotEmpty();
        for (Checklist checklist : devOps) {
            assertThat(caseStudyMinimums(checklist)).as("%s: case-study minimum", checklist.id()).containsOnly(4L);
            assertThat(checklist.items()).extracting(Item::id).contains("PROC-001", "PROC-002", "PRIAC-001",
                    "PRIAC-002", "PRIAC-003", "PRCICD-001", "PRCICD-002", "PRVCL-001", "PRMSC-001", "PRMLO-001",
                    "PRMLO-002", "PRMLO-003", "PRPAS-001", "PRSEC-001");
        }
    }

    @Test
    void theFtrPartnerHostedChecklistHasTheFebruary2026Ids() {
        Checklist ftr = builtIn().filter(checklist -> checklist.id().equals("aws-ftr-partner-hosted")).findFirst()
                .orElseThrow();
        assertThat(ftr.items()).extracting(Item::id).contains("ARC-001", "ARC-003", "ARC-004", "ARC-005",
                "ACOM-001", "IAM-001", "IAM-002", "IAM-003", "IAM-004", "IAM-005", "IAM-006", "IAM-008", "IAM-009",
                "IAM-010", "IAM-012", "SECOPS-001", "NETSEC-001", "NETSEC-002", "BAR-001", "BAR-002", "RES-001",
                "RES-002", "RES-004", "RES-007", "S3-001", "CAA-001", "CAA-007", "SDAT-001", "SDAT-002", "SDAT-003",
                "RCVP-001");
    }

    @TestFactory
    Stream<DynamicTest> ftrItemsStateTheFtrNumbersWhereverTheyAppear() {
        Map<String, List<String>> numbers = Map.of(
                "IAM-002", List.of("90 days"),
                "IAM-008", List.of("quarter"),
                "RES-004", List.of("12 months"),
                "NETSEC-001", List.of("0.0.0.0/0", "22", "3389"));
        return builtIn().map(checklist -> DynamicTest.dynamicTest(checklist.id(), () -> {
            for (Item item : checklist.items()) {
                for (String number : numbers.getOrDefault(item.id(), List.of())) {
                    assertThat(item.description()).as("%s %s states the FTR's %s", checklist.id(), item.id(), number)
                            .contains(number);
                }
            }
        }));
    }

    private static void agrees(Checklist checklist, PageFacts page) {
        if (page.version() != null) {
            assertThat(checklist.version()).as("the version %s states", page.page()).isEqualTo(page.version());
        }
        if (page.windows().isEmpty()) {
            return;
        }
        Validity validity = checklist.publication().validity();
        assertThat(validity).as("validity: %s states one", page.page()).isNotNull();
        assertThat(page.windows()).as("%s: validity %s against the windows %s states", checklist.id(),
                validity.describe(), page.page()).anyMatch(window -> window.equals(inMonths(validity, window)));
    }

    /** Our validity in months, with the same keys as the page's window (some pages omit acceptedUntil). */
    private static Map<String, String> inMonths(Validity validity, Map<String, String> window) {
        return window.containsKey("acceptedUntil")
                ? Map.of("from", month(validity.from()), "until", month(validity.until()),
                        "acceptedUntil", month(validity.acceptedUntil()))
                : Map.of("from", month(validity.from()), "until", month(validity.until()));
    }

    private static String month(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    private static List<Long> caseStudyMinimums(Checklist checklist) {
        return checklist.items().stream()
                .filter(item -> item.check().type().equals("case-study-count"))
                .map(item -> (Long) item.check().parameters().get("minimum").value())
                .toList();
    }

    private static Stream<Checklist> builtIn() {
        return ChecklistLibrary.builtIn().all().stream();
    }

    @SuppressWarnings("unchecked")
    private static List<PageFacts> pages() throws IOException {
        try (Reader reader = Files.newBufferedReader(FACTS)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            List<PageFacts> pages = new ArrayList<>();
            for (Map<String, Object> page : (List<Map<String, Object>>) document.get("pages")) {
                pages.add(new PageFacts((String) page.get("page"), (String) page.get("version"),
                        (List<Map<String, String>>) page.getOrDefault("windows", List.of())));
            }
            return pages;
        }
    }
}
