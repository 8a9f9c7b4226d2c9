package dev.ccv.cli;

import dev.ccv.engine.Check;
import dev.ccv.model.Checklist;
import java.util.Collections;
import java.util.Map;

/** A checklist with each item's check compiled, by item id: what evaluating a bundle against it needs. */
record CompiledChecklist(Checklist checklist, Map<String, Check> checks) {

    CompiledChecklist {
        checks = Collections.unmodifiableMap(checks);
    }
}
