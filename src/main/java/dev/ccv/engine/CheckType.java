package dev.ccv.engine;

import dev.ccv.model.CheckSpec;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.Subject;
import java.util.List;
import java.util.Optional;

/**
 * A named check type ({@code attestation}, {@code partner-tier}, ...): knows its parameters and
 * builds the check for one item. Adding a check type is one class in {@code engine.checks} and one line in
 * its registry, {@code CheckTypes}; the engine itself knows no check type.
 */
public interface CheckType {

    String name();

    /** The only kind of checklist the type may appear in; empty when partners and individuals both can. */
    default Optional<Subject> subject() {
        return Optional.empty();
    }

    /** One line for {@code ccv show} and the docs: what the check needs, given these parameters. */
    String describe(CheckSpec spec);

    /** Whether the check reads the item's response (status, evidence, options), so the self-assessment answers it. */
    default boolean readsResponse() {
        return false;
    }

    /** How many evidence references a response needs, given these parameters: 0 for checks that read no response. */
    default long minEvidence(CheckSpec spec) {
        return 0;
    }

    /** Every problem with the item's check parameters (unknown, missing, wrong type), empty when valid. */
    List<InputError> validate(Item item);

    /** Builds the check; only called when {@link #validate} found nothing. */
    Check create(Item item);

    /**
     * {@link #validate} and {@link #create} at once: the item's check, or null with the problems of
     * its parameters added to {@code errors}.
     */
    default Check compile(Item item, List<InputError> errors) {
        List<InputError> problems = validate(item);
        if (!problems.isEmpty()) {
            errors.addAll(problems);
            return null;
        }
        return create(item);
    }
}
