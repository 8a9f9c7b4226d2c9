package dev.ccv.report.sarif;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A rule's SARIF {@code name}: the item title in PascalCase ("Root user has MFA" becomes
 * {@code RootUserHasMFA}), the identifier style SARIF viewers expect beside the opaque id.
 */
public final class RuleName {

    private RuleName() {
    }

    public static String of(String title) {
        return Arrays.stream(title.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
    }
}
