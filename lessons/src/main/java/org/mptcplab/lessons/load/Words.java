package org.mptcplab.lessons.load;

import java.util.List;
import org.mptcplab.lessons.scenario.Suggestions;

/** "Did you mean" hints in the wording of lesson-file errors; the search itself is {@link Suggestions}. */
final class Words {
    /** Lesson files suggest any candidate within this many edits, whatever the word's length. */
    private static final int MAX_DISTANCE = 3;

    private Words() {
    }

    /** {@code " (did you mean "x"?)"} for the closest candidate within distance 3, else empty. */
    static String hint(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates, MAX_DISTANCE).map(c -> " (did you mean \"" + c + "\"?)")
                .orElse("");
    }
}
