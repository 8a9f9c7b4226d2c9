package dev.ccv.loading;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The scalars written most in checklists and bundles, read as snakeyaml's constructor reads them. */
final class CommonScalars {

    private CommonScalars() {
    }

    /**
     * What {@link PlainValues#scalar} gives for the values written most (true, false, yes, no, on, off in any
     * case, and decimal integers that fit a long), or null for any other: read without snakeyaml's
     * constructor, whose first use also starts java.util.logging, a cost at each start. (This class
     * is apart from {@link PlainValues} so that using it does not initialize snakeyaml's constructors.)
     */
    static Object value(ScalarNode node) {
        String value = node.getValue();
        if (Tag.BOOL.equals(node.getTag())) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> null;
            };
        }
        if (Tag.INT.equals(node.getTag()) && isPlainDecimal(value)) {
            return Long.parseLong(value);
        }
        return null;
    }

    /** 0, or a signed decimal integer with no leading zero (which YAML 1.1 reads as octal), short enough for a long. */
    private static boolean isPlainDecimal(String value) {
        if (value.equals("0")) {
            return true;
        }
        int first = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        if (value.length() - first < 1 || value.length() - first > 18 || value.charAt(first) == '0') {
            return false;
        }
        for (int i = first; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
