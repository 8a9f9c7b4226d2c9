package dev.ccv.engine.checks;

import dev.ccv.engine.Check;
import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.engine.CheckType;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check type whose parameters are read once into a rule {@code R}: validating an item and
 * building its check read them the same way, so the two can never disagree.
 */
abstract class ParameterizedCheckType<R> implements CheckType {

    private final String name;
    private final Optional<Subject> subject;

    /** {@code subject} null: the type serves checklists of either subject. */
    ParameterizedCheckType(String name, Subject subject) {
        this.name = name;
        this.subject = Optional.ofNullable(subject);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Optional<Subject> subject() {
        return subject;
    }

    /** The parameters the type accepts, besides {@code type}. */
    abstract List<String> parameterNames();

    /** The rule the item's parameters describe; problems (including scope rules) go to {@code parameters}. */
    abstract R read(Item item, Parameters parameters);

    abstract CheckOutcome evaluate(CheckContext context, R rule);

    @Override
    public final List<InputError> validate(Item item) {
        Parameters parameters = new Parameters(item, parameterNames());
        read(item, parameters);
        return parameters.errors();
    }

    @Override
    public final Check create(Item item) {
        List<InputError> errors = new ArrayList<>();
        Check check = compile(item, errors);
        if (check == null) {
            throw new IllegalStateException("check built from invalid parameters: " + errors.get(0).render());
        }
        return check;
    }

    /** The parameters read once, for both answers. */
    @Override
    public final Check compile(Item item, List<InputError> errors) {
        Parameters parameters = new Parameters(item, parameterNames());
        R rule = read(item, parameters);
        if (!parameters.errors().isEmpty()) {
            errors.addAll(parameters.errors());
            return null;
        }
        return context -> evaluate(context, rule);
    }
}
