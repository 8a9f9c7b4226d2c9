package dev.ccv.engine.checks;

/** A count with its noun in the right number, for messages ("1 case study", "3 case studies"). */
final class Plural {

    private Plural() {
    }

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
