package org.mptcplab.app.compare;

import java.util.Arrays;

/**
 * A monotone map from the event indices of one trace to those of another, pinned at anchor pairs
 * and interpolated on simulated time between them: an event a fraction f of the way (in time) from
 * one anchor to the next maps to the last event of the other trace that is at most the same fraction
 * of the way between the matching anchors. Index -1 (before the first event) maps to -1.
 */
final class Alignment {
    private final int[] from;
    private final int[] to;
    private final long[] fromTimes;
    private final long[] toTimes;

    /**
     * @param fromAnchors anchor indices in the source trace, strictly increasing
     * @param toAnchors   matching indices in the target trace, strictly increasing
     * @param fromTimes   event times of the source trace, non-decreasing
     * @param toTimes     event times of the target trace, non-decreasing
     */
    Alignment(int[] fromAnchors, int[] toAnchors, long[] fromTimes, long[] toTimes) {
        if (fromAnchors.length != toAnchors.length) {
            throw new IllegalArgumentException("anchor arrays differ in length");
        }
        for (int k = 0; k < fromAnchors.length; k++) {
            boolean increasing = k == 0 || fromAnchors[k] > fromAnchors[k - 1] && toAnchors[k] > toAnchors[k - 1];
            // The last events are the end sentinels: an anchor there would repeat one.
            boolean inside = fromAnchors[k] >= 0 && fromAnchors[k] < fromTimes.length - 1 && toAnchors[k] >= 0
                    && toAnchors[k] < toTimes.length - 1;
            if (!increasing || !inside) {
                throw new IllegalArgumentException("anchor " + k + " is out of order or at a trace end");
            }
        }
        // Sentinels: before the first event, and the two last events.
        this.from = withEnds(fromAnchors, fromTimes.length);
        this.to = withEnds(toAnchors, toTimes.length);
        this.fromTimes = fromTimes;
        this.toTimes = toTimes;
    }

    private static int[] withEnds(int[] anchors, int n) {
        int[] out = new int[anchors.length + 2];
        out[0] = -1;
        System.arraycopy(anchors, 0, out, 1, anchors.length);
        out[out.length - 1] = n - 1;
        return out;
    }

    /** The index in the target trace shown together with {@code index} of the source trace. */
    int map(int index) {
        if (index < 0 || toTimes.length == 0) {
            return -1;
        }
        if (index >= fromTimes.length) {
            throw new IndexOutOfBoundsException("no event " + index + " in a trace of " + fromTimes.length);
        }
        int k = Arrays.binarySearch(from, index);
        if (k >= 0) {
            return to[k];
        }
        int seg = -k - 2; // the anchor before index; the end sentinel guarantees one after it
        int a = from[seg];
        int b = from[seg + 1];
        int ta = to[seg];
        int tb = to[seg + 1];
        if (tb - ta <= 1) {
            return ta;
        }
        long fa = a < 0 ? fromTimes[0] : fromTimes[a];
        long fb = fromTimes[b];
        long sa = ta < 0 ? toTimes[0] : toTimes[ta];
        long sb = toTimes[tb];
        double f = fb > fa ? (fromTimes[index] - fa) / (double) (fb - fa) : (index - a) / (double) (b - a);
        double target = sa + f * (sb - sa);
        // Last target event in (ta, tb) whose time is <= target; ta itself when none.
        int lo = ta + 1;
        int hi = tb - 1;
        int best = ta;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (toTimes[mid] <= target) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
