package dev.ccv.engine;

/** One check type's logic: is this item met, for the partner or for one case study? */
@FunctionalInterface
public interface Check {

    CheckOutcome evaluate(CheckContext context);
}
