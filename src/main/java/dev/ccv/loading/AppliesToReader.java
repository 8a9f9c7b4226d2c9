package dev.ccv.loading;

import dev.ccv.model.AppliesTo;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Scope;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code appliesTo} blocks of sections and items, and refuses combinations under which an
 * item could never apply (the model's {@link AppliesTo#and} relies on that).
 */
final class AppliesToReader {

    static final String CATEGORIES = "solutionCategories";
    static final String DEPLOYMENT_TYPES = "deploymentTypes";
    static final String OPERATES = "operatesAwsEnvironment";
    static final String PUBLIC = "publicCaseStudy";
    private static final List<String> KEYS = List.of(CATEGORIES, DEPLOYMENT_TYPES, OPERATES, PUBLIC);

    /** An {@code appliesTo} block and where each of its keys stands. */
    record Conditions(AppliesTo value, Map<String, SourcePosition> positions) {
    }

    private final NodeReader reader;
    private final List<String> categories;
    private final List<String> deploymentTypes;

    AppliesToReader(NodeReader reader, List<String> categories, List<String> deploymentTypes) {
        this.reader = reader;
        this.categories = categories;
        this.deploymentTypes = deploymentTypes;
    }

    /** The owner's {@code appliesTo}; {@link AppliesTo#ALWAYS} when absent or wrong. */
    Conditions read(YamlMap owner) {
        YamlMap map = owner.map("appliesTo", "`appliesTo`", KEYS);
        if (map == null) {
            return new Conditions(AppliesTo.ALWAYS, Map.of());
        }
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        for (YamlMap.Entry entry : map.entries()) {
            positions.put(entry.key(), entry.position());
        }
        AppliesTo value = new AppliesTo(
                declaredOnly(map, CATEGORIES, categories, "solution category"),
                declaredOnly(map, DEPLOYMENT_TYPES, deploymentTypes, "deployment type"),
                map.bool(OPERATES), map.bool(PUBLIC));
        return new Conditions(value, positions);
    }

    private List<String> declaredOnly(YamlMap map, String key, List<String> declared, String what) {
        if (!map.has(key)) {
            return null;
        }
        List<Located<String>> names = map.texts(key);
        if (names.isEmpty()) {
            reader.problems().add(map.keyPosition(key), "`" + key
                    + "` is empty, so this would never apply; name at least one or leave `" + key + "` out");
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (Located<String> name : names) {
            if (declared.contains(name.value())) {
                kept.add(name.value());
            } else if (declared.isEmpty()) {
                reader.problems().add(name.position(), "`" + name.value() + "`: this checklist declares no `" + key
                        + "` at the top; declare them there or leave this condition out");
            } else {
                reader.problems().add(name.position(), "`" + name.value() + "` is not a " + what
                        + " of this checklist; valid: " + String.join(", ", declared),
                        Suggestions.orNull(name.value(), declared));
            }
        }
        return kept;
    }

    /** Refuses an item whose own conditions contradict its section's, or that misuses {@code publicCaseStudy}. */
    void checkCombination(String sectionId, Conditions section, Conditions itemConditions, Item item) {
        Map<String, SourcePosition> own = itemConditions.positions();
        AppliesTo mine = item.appliesTo();
        if (item.scope() == Scope.PARTNER && mine.publicCaseStudy() != null) {
            reader.problems().add(own.get(PUBLIC), "`publicCaseStudy` applies only to items with `scope: case-study`");
        }
        if (item.scope() == Scope.PARTNER && section.value().publicCaseStudy() != null) {
            reader.problems().add(item.position(), "item `" + item.id() + "` is partner-scoped, but section `"
                    + sectionId + "` sets `publicCaseStudy` (line " + section.positions().get(PUBLIC).line()
                    + "), which applies only to case-study-scoped items");
        }
        AppliesTo theirs = section.value();
        contradiction(OPERATES, mine.operatesAwsEnvironment(), theirs.operatesAwsEnvironment(), sectionId, section, own);
        contradiction(PUBLIC, mine.publicCaseStudy(), theirs.publicCaseStudy(), sectionId, section, own);
        disjoint(CATEGORIES, mine.solutionCategories(), theirs.solutionCategories(), sectionId, section, own);
        disjoint(DEPLOYMENT_TYPES, mine.deploymentTypes(), theirs.deploymentTypes(), sectionId, section, own);
    }

    private void contradiction(String key, Boolean mine, Boolean theirs, String sectionId, Conditions section,
                               Map<String, SourcePosition> own) {
        if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
            reader.problems().add(own.get(key), "`" + key + ": " + mine + "` contradicts `" + key + ": " + theirs
                    + "` of section `" + sectionId + "` (line " + section.positions().get(key).line()
                    + "); the item could never apply");
        }
    }

    private void disjoint(String key, List<String> mine, List<String> theirs, String sectionId, Conditions section,
                          Map<String, SourcePosition> own) {
        if (mine != null && theirs != null && !mine.isEmpty() && mine.stream().noneMatch(theirs::contains)) {
            reader.problems().add(own.get(key), "none of these `" + key + "` is among those of section `"
                    + sectionId + "` (line " + section.positions().get(key).line() + "); the item could never apply");
        }
    }
}
