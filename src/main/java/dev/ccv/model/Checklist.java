package dev.ccv.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
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
