package dev.ccv.engine;

import dev.ccv.model.CheckSpec;
import dev.ccv.model.Located;

/**
 * The look-back window of a {@code contribution-count} check, which the report's applicant profile
 * shows as well: its names are defined here, in the engine, so that the check type (in
 * {@code engine.checks}) and the profile read one definition without the engine knowing check types.
 */
public final class ContributionWindow {

    public static final String CHECK_TYPE = "contribution-count";
    public static final String PARAMETER = "withinMonths";

    private ContributionWindow() {
    }

    /** The window of a contribution-count check in months, or null for another check or one without a window. */
    public static Long months(CheckSpec spec) {
        if (!CHECK_TYPE.equals(spec.type())) {
            return null;
        }
        Located<Object> months = spec.parameters().get(PARAMETER);
        return months != null && months.value() instanceof Long number && number > 0 ? number : null;
    }
}
