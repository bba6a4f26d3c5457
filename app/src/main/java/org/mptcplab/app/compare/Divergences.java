package org.mptcplab.app.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Finds where two stories part: the first moment both runs have whose outcome differs (the JOIN hashed
 * to another server than its connection's vs sent straight to the server's own address; RST vs
 * SYN/ACK; a route withdrawal followed by RSTs vs by none). Option bytes are never compared: the two
 * runs of a pair differ from the first MP_CAPABLE already, which is not yet a different story.
 */
final class Divergences {
    private Divergences() {
    }

    /**
     * The divergence of {@code pairs} (matched story points, by left index); when all shared moments
     * agree, the first moment with an outcome that only one run has, placed on the other run through
     * the alignment.
     */
    static Optional<Divergence> find(List<StoryPoint[]> pairs, List<StoryPoint> left, List<StoryPoint> right,
            String leftId, String rightId, IntUnaryOperator leftToRight, IntUnaryOperator rightToLeft) {
        for (StoryPoint[] p : pairs) {
            if (p[0].outcome() != null && p[1].outcome() != null && !p[0].outcome().equals(p[1].outcome())) {
                String sentence = subject(p[0], p[1]) + ": on the left (" + leftId + ") " + p[0].detail()
                        + "; on the right (" + rightId + ") " + p[1].detail() + ".";
                return Optional.of(new Divergence(p[0].index(), p[1].index(), sentence));
            }
        }
        StoryPoint onlyLeft = firstUnmatched(left, pairs, 0);
        StoryPoint onlyRight = firstUnmatched(right, pairs, 1);
        if (onlyLeft == null && onlyRight == null) {
            return Optional.empty();
        }
        boolean pickLeft = onlyRight == null
                || onlyLeft != null && onlyLeft.index() <= rightToLeft.applyAsInt(onlyRight.index());
        if (pickLeft) {
            return Optional.of(new Divergence(onlyLeft.index(), Math.max(0, leftToRight.applyAsInt(onlyLeft.index())),
                    onlyLeft.label() + " happens only on the left (" + leftId + "): " + onlyLeft.detail() + "."));
        }
        return Optional.of(new Divergence(Math.max(0, rightToLeft.applyAsInt(onlyRight.index())), onlyRight.index(),
                onlyRight.label() + " happens only on the right (" + rightId + "): " + onlyRight.detail() + "."));
    }

    private static StoryPoint firstUnmatched(List<StoryPoint> story, List<StoryPoint[]> pairs, int side) {
        for (StoryPoint s : story) {
            if (s.outcome() != null && pairs.stream().noneMatch(p -> Objects.equals(p[side].key(), s.key()))) {
                return s;
            }
        }
        return null;
    }

    /** What the sentence is about: "MP_JOIN #1", or the moment's label when both runs word it alike. */
    private static String subject(StoryPoint left, StoryPoint right) {
        if (left.key().startsWith("join-")) {
            return "MP_JOIN #" + left.key().substring(left.key().lastIndexOf('-') + 1);
        }
        if (left.key().startsWith("route-")) {
            return "After " + left.label();
        }
        return Anchors.label(left, right);
    }
}
