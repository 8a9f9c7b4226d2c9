package dev.ccv.engine.checks;

import dev.ccv.engine.Check;
import dev.ccv.engine.CheckType;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Item;
import dev.ccv.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The closed set of check types, by name, in the order the docs list them. */
public final class CheckTypes {

    private static final List<CheckType> ALL = List.of(
            new AttestationCheckType(),
            new PartnerTierCheckType(),
            new CaseStudyCountCheckType(),
            new CaseStudyFieldsCheckType(),
            new FieldCheckType(),
            new CorporateEventsCheckType(),
            new AtLeastCheckType(),
            new CertificationCountCheckType(),
            new ContributionCountCheckType(),
            new NominationCheckType(),
            new EmployerCheckType());

    private CheckTypes() {
    }

    public static List<String> names() {
        return ALL.stream().map(CheckType::name).toList();
    }

    public static List<CheckType> all() {
        return ALL;
    }

    public static Optional<CheckType> find(String name) {
        for (CheckType type : ALL) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The check type an item names; only for items that passed {@link #validate}. */
    public static CheckType of(Item item) {
        return find(item.check().type())
                .orElseThrow(() -> new IllegalStateException("unknown check type: " + item.check().type()));
    }

    /**
     * Every item's check, by item id, each item's parameters read once; an {@link InvalidInputException}
     * with every problem of the checklist's checks, in checklist order, when there is any.
     */
    public static Map<String, Check> compile(Checklist checklist) {
        Map<String, Check> checks = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>(SubjectRules.check(checklist));
        for (Item item : checklist.items()) {
            Optional<CheckType> type = find(item.check().type());
            if (type.isEmpty()) {
                errors.addAll(validate(item));
                continue;
            }
            Check check = type.get().compile(item, errors);
            if (check != null) {
                checks.put(item.id(), check);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checks;
    }

    /** Every problem with the checklist's checks, in checklist order; empty when all are valid. */
    public static List<InputError> validate(Checklist checklist) {
        List<InputError> errors = new ArrayList<>(SubjectRules.check(checklist));
        for (Item item : checklist.items()) {
            errors.addAll(validate(item));
        }
        return errors;
    }

    public static List<InputError> validate(Item item) {
        String type = item.check().type();
        Optional<CheckType> checkType = find(type);
        if (checkType.isPresent()) {
            return checkType.get().validate(item);
        }
        String message = "unknown check type `" + type + "`";
        Optional<String> suggestion = Suggestions.nearest(type, names());
        return List.of(new InputError(item.check().typePosition(),
                suggestion.isPresent() ? message : message + "; check types are " + String.join(", ", names()),
                suggestion.orElse(null)));
    }
}
