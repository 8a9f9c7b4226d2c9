package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Employer;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Suggestions;
import dev.ccv.model.Tier;
import java.util.List;
import java.util.Locale;

/**
 * {@code employer}: the individual's employer is an AWS Partner ({@code apnPartner: true}),
 * optionally at {@code atLeastTier} or higher, or is not one ({@code apnPartner: false}).
 */
public final class EmployerCheckType extends ParameterizedCheckType<EmployerCheckType.Rule> {

    public static final String NAME = "employer";
    private static final String APN_PARTNER = "apnPartner";
    private static final String AT_LEAST_TIER = "atLeastTier";
    private static final List<String> PARAMETERS = List.of(APN_PARTNER, AT_LEAST_TIER);
    private static final List<String> TIERS =
            List.of(Tier.SELECT.yamlName(), Tier.ADVANCED.yamlName(), Tier.PREMIER.yamlName());

    /** {@code atLeastTier} null means any tier; {@code apnPartner} null only when it did not validate. */
    record Rule(Boolean apnPartner, Tier atLeastTier) {
    }

    public EmployerCheckType() {
        super(NAME, Subject.INDIVIDUAL);
    }

    @Override
    public String describe(CheckSpec spec) {
        Rule rule = read(new Parameters(spec, PARAMETERS));
        if (Boolean.FALSE.equals(rule.apnPartner())) {
            return "The applicant's employer must not be an AWS Partner.";
        }
        return "The applicant's employer must be an AWS Partner"
                + (rule.atLeastTier() == null ? "." : " at the " + rule.atLeastTier().yamlName() + " tier or higher.");
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
        Boolean apnPartner = parameters.has(APN_PARTNER) ? parameters.flag(APN_PARTNER, true)
                : parameters.<Boolean>missing(APN_PARTNER);
        Tier tier = null;
        if (parameters.has(AT_LEAST_TIER)) {
            String name = parameters.text(AT_LEAST_TIER);
            if (name != null && !TIERS.contains(name)) {
                parameters.reject(parameters.position(AT_LEAST_TIER), "parameter `" + AT_LEAST_TIER
                        + "` must be one of " + String.join(", ", TIERS) + ", not `" + name + "`",
                        Suggestions.orNull(name, TIERS));
            } else if (name != null) {
                tier = Tier.valueOf(name.toUpperCase(Locale.ROOT));
            }
            if (Boolean.FALSE.equals(apnPartner)) {
                parameters.reject(parameters.position(AT_LEAST_TIER), "parameter `" + AT_LEAST_TIER
                        + "` needs `" + APN_PARTNER + ": true`: an employer that is not an AWS Partner has no tier");
            }
        }
        return new Rule(apnPartner, tier);
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Rule rule) {
        SelfAssessment assessment = context.assessment();
        Employer employer = Individuals.of(context).person().employer();
        SourcePosition location = assessment.fieldPosition("applicant.employer.apnPartner",
                assessment.fieldPosition("applicant.employer.name", assessment.fieldPosition("applicant.name",
                        assessment.position())));
        if (!rule.apnPartner()) {
            return employer != null && employer.apnPartner()
                    ? CheckOutcome.unmet(location, "employer " + employer.name() + " is an AWS Partner")
                    : CheckOutcome.met(location, "employer is not an AWS Partner");
        }
        if (employer == null) {
            return CheckOutcome.unmet(location, "no employer given: write `employer: { name: ..., apnPartner: true,"
                    + " tier: ... }` under `applicant`");
        }
        if (!employer.apnPartner()) {
            return CheckOutcome.unmet(location, "employer " + employer.name() + " is not an AWS Partner"
                    + " (`apnPartner` is not true)");
        }
        if (rule.atLeastTier() == null) {
            return CheckOutcome.met(location, "employer " + employer.name() + " is an AWS Partner");
        }
        SourcePosition tierAt = assessment.fieldPosition("applicant.employer.tier", location);
        if (employer.tier() == null) {
            return CheckOutcome.unmet(tierAt, "employer's partner tier is not given, needs "
                    + rule.atLeastTier().yamlName() + " or higher");
        }
        String message = "employer's partner tier is " + employer.tier().yamlName() + ", needs "
                + rule.atLeastTier().yamlName() + " or higher";
        return employer.tier().isAtLeast(rule.atLeastTier()) ? CheckOutcome.met(tierAt, message)
                : CheckOutcome.unmet(tierAt, message);
    }
}
