package dev.ccv.loading;

import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The shapes ids must have, and the check that each id is used once. */
final class Names {

    private static final Pattern LOWERCASE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");

    private final String what;
    private final Problems problems;
    private final Map<String, SourcePosition> seen = new LinkedHashMap<>();

    /** Tracks the ids of one kind ("item id", "section id") in one file. */
    Names(String what, Problems problems) {
        this.what = what;
        this.problems = problems;
    }

    /** Reports a lowercase id of the wrong shape or one already used; true when it is fine. */
    boolean addLowercase(Located<String> id, String example) {
        if (!LOWERCASE_ID.matcher(id.value()).matches()) {
            problems.add(id.position(), "`" + id.value() + "` is not a valid " + what
                    + ": use lowercase letters, digits and '-' (like `" + example + "`)");
            return false;
        }
        return addUnique(id);
    }

    /** Reports an item id of the wrong shape or one already used; true when it is fine. */
    boolean addItemId(Located<String> id) {
        if (!ITEM_ID.matcher(id.value()).matches()) {
            problems.add(id.position(), "`" + id.value() + "` is not a valid " + what
                    + ": write capital letters and digits, '-', then digits (like `BR-001`)");
            return false;
        }
        return addUnique(id);
    }

    boolean addUnique(Located<String> id) {
        SourcePosition first = seen.putIfAbsent(id.value(), id.position());
        if (first != null) {
            problems.add(id.position(), "duplicate " + what + " `" + id.value() + "` (first on line " + first.line() + ")");
            return false;
        }
        return true;
    }
}
