package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.Certification;
import dev.ccv.model.CertificationLevel;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code certification-count}: enough distinct AWS Certifications (by name) of the given levels,
 * earned by the as-of date and, unless {@code validOnAsOf: false}, not expired on it (a
 * certification is valid through its {@code expires} date).
 */
public final class CertificationCountCheckType extends ParameterizedCheckType<CertificationCountCheckType.Rule> {

    public static final String NAME = "certification-count";
    private static final String MINIMUM = "minimum";
    private static final String LEVELS = "levels";
    private static final String VALID_ON_AS_OF = "validOnAsOf";
    private static final List<String> PARAMETERS = List.of(MINIMUM, LEVELS, VALID_ON_AS_OF);

    /** {@code levels} null means every level. */
    record Rule(Long minimum, Set<CertificationLevel> levels, boolean validOnAsOf) {
    }

    public CertificationCountCheckType() {
        super(NAME, Subject.INDIVIDUAL);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        boolean one = Long.valueOf(1).equals(rule.minimum());
        String what = (rule.levels() == null ? "" : NamedChoices.shown(rule.levels()) + " ")
                + (one ? "AWS Certification" : "AWS Certifications");
        return "At least " + (one ? "1 " : (rule.minimum() == null ? "?" : rule.minimum()) + " distinct ") + what
                + (rule.validOnAsOf() ? ", valid on the as-of date." : ", earned by the as-of date.");
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
        return new Rule(parameters.count(MINIMUM, null, 1),
                NamedChoices.read(parameters, LEVELS, CertificationLevel.values()),
                parameters.flag(VALID_ON_AS_OF, true));
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        List<String> messages = new ArrayList<>();
        Set<String> counted = new LinkedHashSet<>();
        for (Certification certification : Individuals.of(context).certifications()) {
            String excluded = whyNotCounted(certification, context.asOf(), rule);
            if (excluded != null) {
                messages.add("certification " + certification.id() + " does not count: " + excluded);
            } else if (!counted.add(certification.name().strip().toLowerCase(Locale.ROOT))) {
                messages.add("certification " + certification.id() + " is the same certification as one already"
                        + " counted and counts once");
            }
        }
        messages.add(Plural.of(counted.size(), "certification counts", "certifications count") + ", "
                + rule.minimum() + " needed");
        SourcePosition location = context.assessment().fieldPosition("certifications", context.assessment().position());
        return counted.size() >= rule.minimum() ? CheckOutcome.met(location, messages)
                : CheckOutcome.unmet(location, messages);
    }

    /** Why a certification does not count, or null when it does. */
    private static String whyNotCounted(Certification certification, LocalDate asOf, Rule rule) {
        if (rule.levels() != null && !rule.levels().contains(certification.level())) {
            return "level " + certification.level().yamlName() + " is not " + NamedChoices.shown(rule.levels());
        }
        if (!certification.earnedBy(asOf)) {
            return "earned " + certification.earned() + ", after " + asOf;
        }
        if (rule.validOnAsOf() && !certification.validOn(asOf)) {
            return "valid through " + certification.expires() + ", expired on " + asOf;
        }
        return null;
    }
}
