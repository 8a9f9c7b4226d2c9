package dev.ccv.model;

import java.util.List;

/** A titled group of items, such as the business requirements or the architecture baseline. */
public record Section(String id, String title, AppliesTo appliesTo, List<Item> items, SourcePosition position) {

    public Section {
        items = List.copyOf(items);
    }

    /** The section's condition ANDed with the item's. */
    public AppliesTo appliesToOf(Item item) {
        return appliesTo.and(item.appliesTo());
    }
}
