package org.mptcplab.lessons.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough. Lesson
 * files ({@code lessons.load}) use the same search, so there is one edit distance in the module.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code word} (case-insensitive Levenshtein), when at most about a third differs. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        return closest(word, candidates, Math.max(1, Math.min(3, word.length() / 3)));
    }

    /**
     * The first candidate nearest to {@code word} (case-insensitive Levenshtein), when at most
     * {@code maxDistance} edits away.
     */
    public static Optional<String> closest(String word, Collection<String> candidates, int maxDistance) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= maxDistance ? Optional.of(best) : Optional.empty();
    }

    /** Classic dynamic-programming edit distance (insert, delete, substitute). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code (did you mean "rate"?)} or {@code (expected one of: a, b)}. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "(did you mean \"" + c + "\"?)")
                .orElse("(expected one of: " + String.join(", ", candidates) + ")");
    }
}
