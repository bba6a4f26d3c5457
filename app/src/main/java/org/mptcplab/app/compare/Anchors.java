package org.mptcplab.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the story points of two runs by key and keeps the longest chain that increases on both
 * sides, so that the alignment built on them is monotone. A moment one run has and the other lacks
 * (ADD_ADDR only where the fix is on) is no anchor; it stays in the story of its side.
 */
final class Anchors {
    private Anchors() {
    }

    /** Matched pairs of {@code left} and {@code right} (same key), ordered by left index, maybe not monotone. */
    static List<StoryPoint[]> matched(List<StoryPoint> left, List<StoryPoint> right) {
        Map<String, StoryPoint> byKey = new LinkedHashMap<>();
        for (StoryPoint p : right) {
            byKey.putIfAbsent(p.key(), p);
        }
        List<StoryPoint[]> pairs = new ArrayList<>();
        for (StoryPoint p : left) {
            StoryPoint q = byKey.get(p.key());
            if (q != null) {
                pairs.add(new StoryPoint[] {p, q});
            }
        }
        pairs.sort(Comparator.comparingInt(pair -> pair[0].index()));
        return pairs;
    }

    /**
     * The longest subsequence of {@code pairs} (ordered by left index) whose indices increase strictly
     * on both sides and stay off the last event of each trace, as anchors.
     */
    static List<Anchor> chain(List<StoryPoint[]> pairs, int leftSize, int rightSize) {
        List<StoryPoint[]> usable = new ArrayList<>();
        for (StoryPoint[] p : pairs) {
            if (p[0].index() < leftSize - 1 && p[1].index() < rightSize - 1) {
                usable.add(p);
            }
        }
        int n = usable.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        // O(n^2) is fine: a run has tens to a few hundred story moments.
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (usable.get(j)[0].index() < usable.get(i)[0].index()
                        && usable.get(j)[1].index() < usable.get(i)[1].index() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Anchor> out = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            StoryPoint[] p = usable.get(i);
            out.add(0, new Anchor(label(p[0], p[1]), p[0].index(), p[1].index()));
        }
        return out;
    }

    static String label(StoryPoint left, StoryPoint right) {
        return left.label().equals(right.label()) ? left.label() : left.label() + " | " + right.label();
    }
}
