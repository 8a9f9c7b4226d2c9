package dev.ccv.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A competency validation checklist: its sections and items, and the solution categories and
 * deployment types a self-assessment may name. {@code source} says where it was read from.
 */
public record Checklist(
        String id,
        String title,
        String version,
        List<String> solutionCategories,
        List<String> deploymentTypes,
        List<Section> sections,
        String source,
        SourcePosition position) {

    public Checklist {
        solutionCategories = List.copyOf(solutionCategories);
        deploymentTypes = List.copyOf(deploymentTypes);
        sections = List.copyOf(sections);
    }

    /** Every item, section by section. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Section section : sections) {
            items.addAll(section.items());
        }
        return Collections.unmodifiableList(items);
    }

    public int itemCount() {
        int count = 0;
        for (Section section : sections) {
            count += section.items().size();
        }
        return count;
    }

    public Optional<Item> item(String itemId) {
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (item.id().equals(itemId)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }
}
