package dev.ccv.engine.checks;

import dev.ccv.model.CheckSpec;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one item's check parameters by name and type, collecting every problem as an input error
 * at the parameter's position. Check types read through it both to validate and to build, so the
 * two can never disagree.
 */
final class Parameters {

    private final CheckSpec spec;
    private final List<InputError> errors = new ArrayList<>();

    Parameters(CheckSpec spec, List<String> known) {
        this.spec = spec;
        List<Map.Entry<String, Located<Object>>> unknown = new ArrayList<>();
        for (Map.Entry<String, Located<Object>> parameter : spec.parameters().entrySet()) {
            if (!known.contains(parameter.getKey())) {
                unknown.add(parameter);
            }
        }
        // the ordering is made only when needed: built for every item, it costs each start some milliseconds
        if (!unknown.isEmpty()) {
            unknown.stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Located<Object>> e) -> e.getValue().position().line())
                            .thenComparing(e -> e.getValue().position().column())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> unknown(e.getKey(), spec.keyPosition(e.getKey()), known));
        }
    }

    Parameters(Item item, List<String> known) {
        this(item.check(), known);
    }

    private void unknown(String name, SourcePosition position, List<String> known) {
        String message = "unknown parameter `" + name + "` for check type `" + spec.type() + "`";
        Optional<String> suggestion = Suggestions.nearest(name, known);
        if (suggestion.isPresent()) {
            reject(position, message, suggestion.get());
        } else if (known.isEmpty()) {
            reject(position, message + ", which takes no parameters");
        } else {
            reject(position, message + "; its parameters are " + String.join(", ", known));
        }
    }

    boolean has(String name) {
        return spec.parameters().containsKey(name);
    }

    Optional<Located<Object>> located(String name) {
        return Optional.ofNullable(spec.parameters().get(name));
    }

    /** Where a parameter is written; only for one that {@link #has} finds. */
    SourcePosition position(String name) {
        return spec.parameters().get(name).position();
    }

    /** A whole number of at least {@code minimum}; {@code fallback} when absent (null: required). */
    Long count(String name, Long fallback, long minimum) {
        Located<Object> value = spec.parameters().get(name);
        if (value == null) {
            return fallback == null ? missing(name) : fallback;
        }
        if (!(value.value() instanceof Long number)) {
            return wrongType(name, value, "a whole number");
        }
        if (number < minimum) {
            reject(value.position(), "parameter `" + name + "` must be at least " + minimum + ", not " + number);
            return null;
        }
        return number;
    }

    boolean flag(String name, boolean fallback) {
        Located<Object> value = spec.parameters().get(name);
        if (value == null) {
            return fallback;
        }
        if (value.value() instanceof Boolean bool) {
            return bool;
        }
        wrongType(name, value, "true or false");
        return fallback;
    }

    /** A required text value. */
    String text(String name) {
        Located<Object> value = spec.parameters().get(name);
        if (value == null) {
            return missing(name);
        }
        if (value.value() instanceof String text && !text.isBlank()) {
            return text;
        }
        return wrongType(name, value, "text");
    }

    /** A required, non-empty list of text values. */
    List<String> texts(String name) {
        Located<Object> value = spec.parameters().get(name);
        if (value == null) {
            return missing(name);
        }
        if (!(value.value() instanceof List<?> list)) {
            return wrongType(name, value, "a list of text values");
        }
        if (list.isEmpty()) {
            reject(value.position(), "parameter `" + name + "` must list at least one value");
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof String text)) {
                reject(value.position(), "parameter `" + name + "` must list text values, not "
                        + describeType(element));
                return null;
            }
            texts.add(text);
        }
        return texts;
    }

    void reject(SourcePosition position, String message) {
        errors.add(new InputError(position, message));
    }

    void reject(SourcePosition position, String message, String suggestion) {
        errors.add(new InputError(position, message, suggestion));
    }

    SourcePosition specPosition() {
        return spec.position();
    }

    List<InputError> errors() {
        return List.copyOf(errors);
    }

    /** Building a check from parameters that did not validate is a bug in the caller. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("check built from invalid parameters: " + errors.get(0).render());
        }
    }

    <T> T missing(String name) {
        reject(spec.position(), "check type `" + spec.type() + "` needs parameter `" + name + "`");
        return null;
    }

    <T> T wrongType(String name, Located<Object> value, String expected) {
        reject(value.position(), "parameter `" + name + "` must be " + expected + ", not " + describeType(value.value()));
        return null;
    }

    /** How a YAML value's type reads in an error message. */
    static String describeType(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? "empty text" : "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof Long) {
            return "a whole number";
        }
        if (value instanceof Number) {
            return "a decimal number";
        }
        if (value instanceof LocalDate) {
            return "a date";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return "nothing";
    }
}
