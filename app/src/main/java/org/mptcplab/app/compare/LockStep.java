package org.mptcplab.app.compare;

import java.util.Arrays;
import java.util.List;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The shared play head's track: a sequence of (left cursor, right cursor) positions in which every
 * step applies exactly one event of one side, both cursors never move back, and every anchor pair is
 * a position. Between two anchors the events of both sides interleave by their fraction of the way
 * (in simulated time) through the stretch, so each side shows every event of its own trace. Also a
 * clock per position (the left run's time) so that "play" can pace the steps. FX-free.
 */
public final class LockStep {
    private final int[] left;
    private final int[] right;
    private final long[] clock;

    private LockStep(int[] left, int[] right, long[] clock) {
        this.left = left;
        this.right = right;
        this.clock = clock;
    }

    /** The track through {@code model}'s two runs. */
    public static LockStep of(CompareModel model) {
        List<TraceEvent> l = model.leftRun().events();
        List<TraceEvent> r = model.rightRun().events();
        int n = l.size() + r.size() + 1;
        int[] la = new int[n];
        int[] ra = new int[n];
        long[] clock = new long[n];
        la[0] = -1;
        ra[0] = -1;
        int k = 0;
        int prevL = -1;
        int prevR = -1;
        List<Anchor> anchors = model.anchors();
        for (int a = 0; a <= anchors.size(); a++) {
            int nextL = a < anchors.size() ? anchors.get(a).leftIndex() : l.size() - 1;
            int nextR = a < anchors.size() ? anchors.get(a).rightIndex() : r.size() - 1;
            int i = prevL;
            int j = prevR;
            long start = l.isEmpty() ? 0 : l.get(Math.max(0, prevL)).time();
            long end = nextL < 0 ? start : l.get(nextL).time();
            while (i < nextL || j < nextR) {
                double fl = i < nextL ? fraction(l, prevL, nextL, i + 1) : 2;
                double fr = j < nextR ? fraction(r, prevR, nextR, j + 1) : 2;
                double f;
                if (fl <= fr) {
                    i++;
                    f = fl;
                } else {
                    j++;
                    f = fr;
                }
                k++;
                la[k] = i;
                ra[k] = j;
                // Paced on the left run's clock, so that right-only events still take their share of time.
                clock[k] = Math.max(clock[k - 1], start + Math.round(f * (end - start)));
            }
            prevL = nextL;
            prevR = nextR;
        }
        return new LockStep(Arrays.copyOf(la, k + 1), Arrays.copyOf(ra, k + 1),
                Arrays.copyOf(clock, k + 1));
    }

    /** How far (0..1) event {@code index} is through the stretch (from, to] of {@code events}, by time. */
    private static double fraction(List<TraceEvent> events, int from, int to, int index) {
        long start = from < 0 ? events.get(0).time() : events.get(from).time();
        long end = events.get(to).time();
        if (end > start) {
            return (events.get(index).time() - start) / (double) (end - start);
        }
        return (index - from) / (double) (to - from);
    }

    /** Positions, 0 = both sides before their first event. */
    public int size() {
        return left.length;
    }

    /** Left cursor at position {@code step}. */
    public int leftAt(int step) {
        return left[step];
    }

    /** Right cursor at position {@code step}. */
    public int rightAt(int step) {
        return right[step];
    }

    /** Left-run time at position {@code step}, ns; non-decreasing. */
    public long clockAt(int step) {
        return clock[step];
    }

    /** The first position whose left cursor is at least {@code leftIndex}. */
    public int stepForLeft(int leftIndex) {
        return firstAtLeast(left, leftIndex);
    }

    /** The first position whose right cursor is at least {@code rightIndex}. */
    public int stepForRight(int rightIndex) {
        return firstAtLeast(right, rightIndex);
    }

    /** The first position where both cursors have reached the anchor pair {@code a}. */
    public int stepFor(Anchor a) {
        return stepFor(a.leftIndex(), a.rightIndex());
    }

    /** The first position where the left cursor has reached {@code leftIndex} and the right {@code rightIndex}. */
    public int stepFor(int leftIndex, int rightIndex) {
        return Math.max(stepForLeft(leftIndex), stepForRight(rightIndex));
    }

    private static int firstAtLeast(int[] cursor, int index) {
        int lo = 0;
        int hi = cursor.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cursor[mid] >= index) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
