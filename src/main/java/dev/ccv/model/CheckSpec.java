package dev.ccv.model;

import java.util.Map;

/**
 * An item's {@code check:} block as written: its type and its raw parameters. The engine turns it
 * into a check and says which parameters are wrong; the model does not know the check types.
 */
public record CheckSpec(String type, Map<String, Located<Object>> parameters, SourcePosition position) {

    public static final String DEFAULT_TYPE = "attestation";

    public CheckSpec {
        parameters = Map.copyOf(parameters);
    }

    public static CheckSpec defaultFor(SourcePosition position) {
        return new CheckSpec(DEFAULT_TYPE, Map.of(), position);
    }
}
