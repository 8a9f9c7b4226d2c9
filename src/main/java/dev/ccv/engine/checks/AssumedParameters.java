package dev.ccv.engine.checks;

import dev.ccv.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check parameter listing which of the check's other parameters no public source confirms (the
 * checklist's own choice of number), so that reports can say a shortfall may not be AWS's rule.
 */
final class AssumedParameters {

    private AssumedParameters() {
    }

    /** The names listed under {@code name}, each one of {@code allowed} that the check gives, each once. */
    static List<String> read(Parameters parameters, String name, List<String> allowed) {
        if (!parameters.has(name)) {
            return List.of();
        }
        List<String> listed = parameters.texts(name);
        if (listed == null) {
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        for (String parameter : listed) {
            String lists = "parameter `" + name + "` lists `" + parameter + "`";
            if (!allowed.contains(parameter)) {
                String message = lists + ", which it cannot: it names which of " + String.join(", ", allowed)
                        + " no public source confirms";
                Optional<String> nearest = Suggestions.nearest(parameter, allowed);
                if (nearest.isPresent()) {
                    parameters.reject(parameters.position(name), message, nearest.get());
                } else {
                    parameters.reject(parameters.position(name), message);
                }
            } else if (!parameters.has(parameter)) {
                parameters.reject(parameters.position(name), lists + ", which this check does not give: give `"
                        + parameter + "` or remove it from `" + name + "`");
            } else if (valid.contains(parameter)) {
                parameters.reject(parameters.position(name), lists + " twice");
            } else {
                valid.add(parameter);
            }
        }
        return List.copyOf(valid);
    }
}
