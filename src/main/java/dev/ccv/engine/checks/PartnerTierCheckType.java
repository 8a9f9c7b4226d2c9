package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Item;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;
import dev.ccv.model.Tier;
import java.util.List;

/** {@code partner-tier}: the partner's tier is at least {@code atLeast} (select, advanced or premier). */
public final class PartnerTierCheckType extends ParameterizedCheckType<Tier> {

    public static final String NAME = "partner-tier";
    private static final String AT_LEAST = "atLeast";
    private static final List<String> TIERS =
            List.of(Tier.SELECT.yamlName(), Tier.ADVANCED.yamlName(), Tier.PREMIER.yamlName());

    public PartnerTierCheckType() {
        super(NAME, Subject.PARTNER);
    }

    @Override
    public String describe(CheckSpec spec) {
        Tier atLeast = atLeast(new Parameters(spec, List.of(AT_LEAST)));
        return "Partner tier must be " + (atLeast == null ? "?" : atLeast.yamlName()) + " or higher.";
    }

    @Override
    List<String> parameterNames() {
        return List.of(AT_LEAST);
    }

    @Override
    Tier read(Item item, Parameters parameters) {
        return atLeast(parameters);
    }

    private static Tier atLeast(Parameters parameters) {
        String name = parameters.text(AT_LEAST);
        if (name == null) {
            return null;
        }
        if (!TIERS.contains(name)) {
            SourcePosition position = parameters.position(AT_LEAST);
            String message = "parameter `" + AT_LEAST + "` must be one of " + String.join(", ", TIERS)
                    + ", not `" + name + "`";
            parameters.reject(position, message, Suggestions.nearest(name, TIERS).orElse(null));
            return null;
        }
        return Tier.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Tier atLeast) {
        SourcePosition location =
                context.assessment().fieldPosition("partner.tier", context.assessment().partner().position());
        Tier tier = context.assessment().partner().tier();
        if (tier == null) {
            return CheckOutcome.unmet(location, "partner tier is missing, needs " + atLeast.yamlName() + " or higher");
        }
        String message = "partner tier is " + tier.yamlName() + ", needs " + atLeast.yamlName() + " or higher";
        return tier.isAtLeast(atLeast) ? CheckOutcome.met(location, message) : CheckOutcome.unmet(location, message);
    }
}
