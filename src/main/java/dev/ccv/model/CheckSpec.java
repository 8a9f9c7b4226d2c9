package dev.ccv.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An item's {@code check:} block as written: its type and its raw parameters. The engine turns it
 * into a check and says which parameters are wrong; the model does not know the check types.
 *
 * @param parameters   each parameter's value, located at the value (where a wrong value is reported)
 * @param position     the {@code check:} block
 * @param typePosition where the type is written (the block itself for the default type)
 * @param keyPositions each parameter's key (where an unknown parameter is reported, as for any unknown key)
 */
public record CheckSpec(String type, Map<String, Located<Object>> parameters, SourcePosition position,
                        SourcePosition typePosition, Map<String, SourcePosition> keyPositions) {

    public static final String DEFAULT_TYPE = "attestation";

    public CheckSpec {
        parameters = Map.copyOf(parameters);
        keyPositions = Map.copyOf(keyPositions);
    }

    /** A check block whose keys are not known apart from their values, such as one made in code. */
    public CheckSpec(String type, Map<String, Located<Object>> parameters, SourcePosition position) {
        this(type, parameters, position, position, Map.of());
    }

    /**
     * The ids listed under an {@code options} parameter ({@code [{id, title}, ..]}), in order, so
     * that answers can be checked against them; empty when there is no such list.
     */
    public List<String> optionIds() {
        Located<Object> options = parameters.get("options");
        List<String> ids = new ArrayList<>();
        if (options != null && options.value() instanceof List<?> list) {
            for (Object option : list) {
                if (option instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    public static CheckSpec defaultFor(SourcePosition position) {
        return new CheckSpec(DEFAULT_TYPE, Map.of(), position);
    }

    /** Where a parameter's key is written: the key when known, else the value. */
    public SourcePosition keyPosition(String parameter) {
        SourcePosition key = keyPositions.get(parameter);
        return key != null ? key : parameters.get(parameter).position();
    }
}
