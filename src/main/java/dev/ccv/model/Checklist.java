package dev.ccv.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A competency validation checklist: its sections and items, and the solution categories and
 * deployment types a self-assessment may name. {@code source} says where it was read from;
 * {@code publication} which public document it follows, for which offering, and when it is valid; {@code subject}
 * whether partners or individuals answer it.
 */
public record Checklist(
        String id,
        String title,
        String version,
        Subject subject,
        List<String> solutionCategories,
        List<String> deploymentTypes,
        List<Section> sections,
        String source,
        Publication publication,
        SourcePosition position) {

    public Checklist {
        solutionCategories = List.copyOf(solutionCategories);
        deploymentTypes = List.copyOf(deploymentTypes);
        sections = List.copyOf(sections);
        publication = publication == null ? Publication.NONE : publication;
        subject = subject == null ? Subject.PARTNER : subject;
    }

    /** A checklist partners answer. */
    public Checklist(String id, String title, String version, List<String> solutionCategories,
                     List<String> deploymentTypes, List<Section> sections, String source, Publication publication,
                     SourcePosition position) {
        this(id, title, version, Subject.PARTNER, solutionCategories, deploymentTypes, sections, source, publication,
                position);
    }

    /** A checklist that names no public document, offering or validity. */
    public Checklist(String id, String title, String version, List<String> solutionCategories,
                     List<String> deploymentTypes, List<Section> sections, String source, SourcePosition position) {
        this(id, title, version, Subject.PARTNER, solutionCategories, deploymentTypes, sections, source,
                Publication.NONE, position);
    }

    /** The items marked {@code assumed}, in checklist order. */
    public List<Item> assumedItems() {
        List<Item> assumed = new ArrayList<>();
        for (Item item : items()) {
            if (item.assumed()) {
                assumed.add(item);
            }
        }
        return assumed;
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
