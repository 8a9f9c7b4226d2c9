package dev.ccv.report.wording;

import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Publication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a checklist comes from, as the human-readable reports show it under the checklist's name:
 * its offering, public source, validity and assumed items; a field the checklist does not give is left out.
 */
public final class ChecklistOrigin {

    private ChecklistOrigin() {
    }

    /** Label to value, in the order reports show them. */
    public static Map<String, String> fields(Checklist checklist) {
        Map<String, String> fields = new LinkedHashMap<>();
        Publication publication = checklist.publication();
        if (publication.offering() != null) {
            fields.put("Offering", publication.offering().yamlName() + " (" + publication.offering().awsTitle() + ")");
        }
        if (publication.url() != null) {
            fields.put("Source", publication.url());
        }
        if (publication.validity() != null) {
            fields.put("Validity", publication.validity().describe());
        }
        List<String> assumed = checklist.assumedItems().stream().map(Item::id).toList();
        if (!assumed.isEmpty()) {
            fields.put("Assumed", assumed.size() + (assumed.size() == 1 ? " item" : " items")
                    + " not confirmed as written by a public checklist: " + String.join(", ", assumed));
        }
        return fields;
    }
}
