package dev.ccv.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Scope;
import dev.ccv.model.Severity;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The competency-specific items of the Migration and Data and Analytics services checklists are
 * exactly the requirement ids a public index lists for the release each follows (Migration 2.5 of
 * 2 August 2021; Data and Analytics 5.1 of 15 March 2021): none missing, none invented. The ids are
 * the index's, copied here as the facts the checklists are held to.
 */
class IndexedRequirementIdsTest {

    /** Migration 2.5: the five Well-Architected families, the assess phase and the mobilise phase. */
    private static final List<String> MIGRATION = List.of("MOPE-001", "MOPE-002", "MSEC-001", "MSEC-002",
            "MSEC-003", "MSEC-004", "MSEC-005", "MREL-001", "MREL-002", "MREL-003", "MPER-001", "MCOP-001",
            "MCOP-002", "CRA-001", "MOB-001", "MOB-002", "MOB-003", "MOB-004", "MOB-005", "MOB-006", "MOB-007",
            "MOB-008");
    private static final Pattern MIGRATION_FAMILIES = Pattern.compile("(MOPE|MSEC|MREL|MPER|MCOP|CRA|MOB)-\\d+");

    /** The practice ids the index lists once for consulting checklists; not confirmed for Migration. */
    private static final List<String> SHARED_PRACTICE = List.of("POV-001", "POV-002", "POV-003", "POV-004",
            "POV-005", "PRJ-001", "PRJ-002", "PRJ-003", "PRJ-004", "PRJ-005", "CSN-001", "CSN-002");

    /** Data and Analytics 5.1: the PR* practice categories, then the EX* customer-example categories. */
    private static final List<String> DATA_ANALYTICS = List.of("PRDO-001", "PRDO-002", "PRDO-003", "PRDO-004",
            "PRDO-005", "PRDO-006", "PRDO-007", "PRDO-008", "PROR-001", "PROR-002", "PROR-003", "PROH-001",
            "PRRE-001", "PRRE-002", "PRLL-001", "PRID-001", "PRID-002", "PRID-003", "PRID-004", "PRNET-001",
            "PRNET-002", "PRNET-003", "PRHA-001", "PRHA-002", "PRTST-001", "PRFM-001", "PRRP-001", "PRRP-002",
            "PRRP-003", "PRRP-004", "PRRP-005", "PRSVT-001", "PRCOT-001", "EXCRI-001", "EXSBP-001", "EXMON-001",
            "EXPE-001", "EXPE-002", "EXPE-003", "EXPE-004", "EXPMR-001", "EXPMR-002", "EXPT-001");
    private static final Pattern DATA_ANALYTICS_FAMILIES = Pattern.compile("(PR|EX)[A-Z]+-\\d+");

    @Test
    void migrationCarriesExactlyTheIndexedIdsOfRelease25() {
        Checklist migration = builtIn("aws-migration-competency");
        assertThat(migration.version()).isEqualTo("2.5");
        assertThat(ids(migration, item -> MIGRATION_FAMILIES.matcher(item.id()).matches()))
                .containsExactlyElementsOf(MIGRATION);
        assertThat(migration.items()).filteredOn(item -> MIGRATION.contains(item.id()))
                .allSatisfy(item -> assertThat(item.severity()).as(item.id()).isEqualTo(Severity.REQUIRED));
    }

    @Test
    void migrationPracticeItemsAreTheSharedIdsAndOnlyRecommendedAssumptions() {
        Checklist migration = builtIn("aws-migration-competency");
        assertThat(ids(migration, item -> SHARED_PRACTICE.contains(item.id()))).containsExactlyElementsOf(SHARED_PRACTICE);
        assertThat(migration.items()).filteredOn(item -> SHARED_PRACTICE.contains(item.id())).allSatisfy(item -> {
            assertThat(item.assumed()).as(item.id()).isTrue();
            assertThat(item.severity()).as(item.id()).isEqualTo(Severity.RECOMMENDED);
        });
    }

    @Test
    void dataAndAnalyticsCarriesExactlyTheIndexedIdsOfVersion51() {
        Checklist dataAnalytics = builtIn("aws-data-analytics-competency");
        assertThat(dataAnalytics.version()).isEqualTo("5.1");
        assertThat(ids(dataAnalytics, item -> DATA_ANALYTICS_FAMILIES.matcher(item.id()).matches()))
                .containsExactlyElementsOf(DATA_ANALYTICS);
        assertThat(dataAnalytics.items()).filteredOn(item -> DATA_ANALYTICS.contains(item.id())).allSatisfy(item -> {
            assertThat(item.severity()).as(item.id()).isEqualTo(Severity.REQUIRED);
            assertThat(item.scope()).as("%s: EX ids are checked per customer example", item.id())
                    .isEqualTo(item.id().startsWith("EX") ? Scope.CASE_STUDY : Scope.PARTNER);
        });
    }

    private static List<String> ids(Checklist checklist, Predicate<Item> which) {
        return checklist.items().stream().filter(which).map(Item::id).toList();
    }

    private static Checklist builtIn(String id) {
        return ChecklistLibrary.builtIn().all().stream().filter(checklist -> checklist.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
