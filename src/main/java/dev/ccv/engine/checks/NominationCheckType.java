package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.Nomination;
import dev.ccv.model.NominationRole;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code nomination}: at least {@code minimum} nominations (default 1) by people in the given roles. */
public final class NominationCheckType extends ParameterizedCheckType<NominationCheckType.Rule> {

    public static final String NAME = "nomination";
    private static final String MINIMUM = "minimum";
    private static final String ROLES = "roles";
    private static final List<String> PARAMETERS = List.of(MINIMUM, ROLES);

    /** {@code roles} null means every role. */
    record Rule(Long minimum, Set<NominationRole> roles) {
    }

    public NominationCheckType() {
        super(NAME, Subject.INDIVIDUAL);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        return "At least " + Plural.of(rule.minimum() == null ? 1 : rule.minimum(), "nomination", "nominations")
                + (rule.roles() == null ? "." : " by " + NamedChoices.shown(rule.roles()) + ".");
    }

    @Override
    List<String> parameterNames() {
        return PARAMETERS;
    }

    @Override
    Rule read(Item item, Parameters parameters) {
        return read(parameters);
    }

    private static Rule read(Parameters parameters) {
        return new Rule(parameters.count(MINIMUM, 1L, 1), NamedChoices.read(parameters, ROLES, NominationRole.values()));
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        List<String> messages = new ArrayList<>();
        int counted = 0;
        for (Nomination nomination : Individuals.of(context).nominations()) {
            if (rule.roles() == null || rule.roles().contains(nomination.role())) {
                counted++;
            } else {
                messages.add("the nomination by " + nomination.by() + " does not count: role "
                        + nomination.role().yamlName() + " is not " + NamedChoices.shown(rule.roles()));
            }
        }
        messages.add(Plural.of(counted, "nomination counts", "nominations count") + ", " + rule.minimum() + " needed");
        SourcePosition location = context.assessment().fieldPosition("nominations", context.assessment().position());
        return counted >= rule.minimum() ? CheckOutcome.met(location, messages) : CheckOutcome.unmet(location, messages);
    }
}
