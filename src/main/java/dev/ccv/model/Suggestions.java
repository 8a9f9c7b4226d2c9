package dev.ccv.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid name a user most likely meant when they wrote an unknown one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code typed} (case-insensitive Damerau-Levenshtein distance), when it
     * is close: at most 2 edits, or at most a third of its length, and never a complete rewrite.
     */
    public static Optional<String> nearest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(typed.length() - candidate.length()) > Math.max(2, candidate.length() / 3)) {
                continue;
            }
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && isClose(distance, candidate)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    public static String orNull(String typed, Collection<String> candidates) {
        return nearest(typed, candidates).orElse(null);
    }

    private static boolean isClose(int distance, String candidate) {
        return distance < candidate.length() && (distance <= 2 || distance <= candidate.length() / 3);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
