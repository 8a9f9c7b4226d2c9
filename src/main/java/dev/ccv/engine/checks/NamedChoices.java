package dev.ccv.engine.checks;

import dev.ccv.model.Suggestions;
import dev.ccv.model.YamlNamed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads an optional check parameter that lists names of one kind ({@code levels: [professional]}). */
final class NamedChoices {

    private NamedChoices() {
    }

    /** The chosen values in the order written, or null when the parameter is absent or wrong. */
    static <E extends YamlNamed> Set<E> read(Parameters parameters, String name, E[] values) {
        if (!parameters.has(name)) {
            return null;
        }
        List<String> texts = parameters.texts(name);
        if (texts == null) {
            return null;
        }
        List<String> known = new ArrayList<>();
        for (E value : values) {
            known.add(value.yamlName());
        }
        Set<E> chosen = new LinkedHashSet<>();
        for (String text : texts) {
            int index = known.indexOf(text);
            if (index < 0) {
                parameters.reject(parameters.position(name), "parameter `" + name + "` lists `" + text
                        + "`, which is not one of " + String.join(", ", known), Suggestions.orNull(text, known));
                return null;
            }
            chosen.add(values[index]);
        }
        return chosen;
    }

    /** "a, b or c" for messages and descriptions. */
    static String shown(Set<? extends YamlNamed> values) {
        List<String> names = values.stream().map(YamlNamed::yamlName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
