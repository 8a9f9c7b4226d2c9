package dev.ccv.engine.checks;

import dev.ccv.engine.CheckType;
import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checklist's checks must suit who answers it: the check types and {@code field} paths for
 * partners (case studies, tier, corporate events) cannot appear in an individual checklist, nor
 * those for individuals (certifications, contributions, nominations, employer) in a partner one.
 */
final class SubjectRules {

    private SubjectRules() {
    }

    static List<InputError> check(Checklist checklist) {
        List<InputError> errors = new ArrayList<>();
        Subject subject = checklist.subject();
        for (Item item : checklist.items()) {
            // no lambda here: this runs at every start
            Optional<CheckType> type = CheckTypes.find(item.check().type());
            Optional<Subject> typeSubject = type.isPresent() ? type.get().subject() : Optional.empty();
            if (typeSubject.isPresent() && typeSubject.get() != subject) {
                errors.add(new InputError(item.check().position(), "check type `" + item.check().type()
                        + "` is for " + typeSubject.get().checklistPhrase() + ", but checklist `" + checklist.id()
                        + "` is " + subject.checklistPhrase() + "; its check types: " + String.join(", ",
                        namesFor(subject))));
            }
            Located<Object> path = FieldCheckType.pathOf(item.check());
            Optional<Subject> pathSubject = path == null ? Optional.empty()
                    : FieldCheckType.subjectOfPath((String) path.value());
            if (pathSubject.isPresent() && pathSubject.get() != subject) {
                errors.add(new InputError(path.position(), "field `" + path.value() + "` is in the self-assessment for "
                        + pathSubject.get().checklistPhrase() + ", but checklist `" + checklist.id() + "` is "
                        + subject.checklistPhrase()));
            }
        }
        return errors;
    }

    private static List<String> namesFor(Subject subject) {
        return CheckTypes.all().stream().filter(t -> t.subject().map(s -> s == subject).orElse(true))
                .map(CheckType::name).toList();
    }
}
