package dev.ccv.engine.checks;

import dev.ccv.model.Located;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** One condition of a {@code field} check on a self-assessment value. */
sealed interface FieldCondition {

    List<String> NAMES = List.of("present", "https", "equals", "oneOf", "min", "matches");

    /** What the value must be, as a sentence for {@code ccv show}. */
    String describe(String path);

    /** Why the value fails the condition, or null when it holds. */
    String problem(String path, Object value);

    /** The named condition read from the parameters; null (with an error recorded) when it is invalid. */
    static FieldCondition read(String name, Parameters parameters) {
        Located<Object> located = parameters.located(name).orElseThrow();
        Object value = located.value();
        switch (name) {
            case "present", "https" -> {
                if (!(value instanceof Boolean)) {
                    return parameters.wrongType(name, located, "true");
                }
                if (!(Boolean) value) {
                    parameters.reject(located.position(), "parameter `" + name + "` can only be true");
                    return null;
                }
                return name.equals("present") ? new Present() : new Https();
            }
            case "equals" -> {
                return isScalar(value) ? new Equals(value) : parameters.wrongType(name, located, "a single value");
            }
            case "oneOf" -> {
                return oneOf(name, located, parameters);
            }
            case "min" -> {
                return value instanceof Number number ? new Min(number)
                        : parameters.wrongType(name, located, "a number");
            }
            default -> {
                return matches(name, located, parameters);
            }
        }
    }

    private static FieldCondition oneOf(String name, Located<Object> located, Parameters parameters) {
        if (!(located.value() instanceof List<?> values)) {
            return parameters.wrongType(name, located, "a list of values");
        }
        if (values.isEmpty()) {
            parameters.reject(located.position(), "parameter `" + name + "` must list at least one value");
            return null;
        }
        for (Object value : values) {
            if (!isScalar(value)) {
                parameters.reject(located.position(), "parameter `" + name + "` must list single values, not "
                        + Parameters.describeType(value));
                return null;
            }
        }
        return new OneOf(List.copyOf(values));
    }

    private static FieldCondition matches(String name, Located<Object> located, Parameters parameters) {
        if (!(located.value() instanceof String regex)) {
            return parameters.wrongType(name, located, "a regular expression");
        }
        try {
            return new Matches(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            parameters.reject(located.position(), "parameter `" + name + "` is not a valid regular expression: "
                    + e.getDescription() + " at index " + e.getIndex());
            return null;
        }
    }

    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof List) && !(value instanceof Map);
    }

    /** A value as a message shows it: numbers without a trailing ".0". */
    static String show(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A value in a message: {@code `text`}, or the word "empty" for blank text, which a pair of quotes hides. */
    static String quoted(Object value) {
        String shown = show(value);
        return shown.isBlank() ? "empty" : "`" + shown + "`";
    }

    /** Numbers compare by value (2 equals 2.0); everything else by equality. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a.equals(b);
    }

    /** {@code present: true}: given, and not blank or an empty list. */
    record Present() implements FieldCondition {
        public String describe(String path) {
            return path + " must be given.";
        }

        public String problem(String path, Object value) {
            boolean empty = value instanceof String text ? text.isBlank() : value instanceof List<?> l && l.isEmpty();
            return empty ? path + " is empty" : null;
        }
    }

    /** {@code https: true}: an absolute https URL with a host. */
    record Https() implements FieldCondition {
        public String describe(String path) {
            return path + " must be an https:// URL.";
        }

        public String problem(String path, Object value) {
            return isHttpsUrl(value) ? null
                    : path + " must be an absolute https:// URL with a host, not " + quoted(value);
        }

        static boolean isHttpsUrl(Object value) {
            if (!(value instanceof String text)) {
                return false;
            }
            try {
                URI uri = new URI(text.trim());
                return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                        && uri.getHost() != null && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    /** {@code equals: V}. */
    record Equals(Object expected) implements FieldCondition {
        public String describe(String path) {
            return path + " must be " + show(expected) + ".";
        }

        public String problem(String path, Object value) {
            return same(value, expected) ? null
                    : path + " is " + quoted(value) + ", must be " + quoted(expected);
        }
    }

    /** {@code oneOf: [..]}. */
    record OneOf(List<Object> allowed) implements FieldCondition {
        public String describe(String path) {
            return path + " must be one of " + listed() + ".";
        }

        public String problem(String path, Object value) {
            return allowed.stream().anyMatch(a -> same(value, a)) ? null
                    : path + " is " + quoted(value) + ", must be one of " + listed();
        }

        private String listed() {
            return allowed.stream().map(FieldCondition::show).collect(Collectors.joining(", "));
        }
    }

    /** {@code min: N}: a number of at least N, or a list of at least N values. */
    record Min(Number minimum) implements FieldCondition {
        public String describe(String path) {
            return path + " must be at least " + show(minimum) + " (for a list: list at least that many values).";
        }

        public String problem(String path, Object value) {
            BigDecimal least = new BigDecimal(minimum.toString());
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).compareTo(least) >= 0 ? null
                        : path + " is " + show(number) + ", must be at least " + show(minimum);
            }
            if (value instanceof List<?> list) {
                return BigDecimal.valueOf(list.size()).compareTo(least) >= 0 ? null
                        : path + " lists " + Plural.of(list.size(), "value", "values")
                                + ", must list at least " + show(minimum);
            }
            return path + " must be a number or a list, not " + Parameters.describeType(value);
        }
    }

    /** {@code matches: REGEX}: the whole value matches. */
    record Matches(Pattern pattern) implements FieldCondition {
        public String describe(String path) {
            return path + " must match `" + pattern.pattern() + "`.";
        }

        public String problem(String path, Object value) {
            if (!isScalar(value)) {
                return path + " must be a single value, not " + Parameters.describeType(value);
            }
            Optional<Boolean> matched = BoundedMatch.matches(pattern, show(value));
            if (matched.isEmpty()) {
                return path + " could not be checked against `" + pattern.pattern()
                        + "`: the pattern is too complex for a value this long (the checklist should simplify it)";
            }
            return matched.get() ? null : path + " is " + quoted(value) + ", must match `" + pattern.pattern() + "`";
        }
    }
}
