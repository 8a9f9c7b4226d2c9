package dev.ccv.cli;

import dev.ccv.model.FailOn;
import java.time.LocalDate;
import java.util.List;

/**
 * How bundles are validated, the same for every bundle of a run: the {@code --checklist} arguments,
 * the as-of date ({@code --as-of}, or null: each bundle's own dates, else today) and whether reports
 * are redacted, and the threshold the verdict is decided at.
 */
record ValidationOptions(List<String> checklists, LocalDate asOf, boolean redact, FailOn failOn) {

    ValidationOptions {
        checklists = List.copyOf(checklists);
    }
}
