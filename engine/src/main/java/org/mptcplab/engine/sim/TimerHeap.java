package org.mptcplab.engine.sim;

import java.util.Arrays;

/**
 * The pending timers of one {@link Simulator}, ordered by (time, sequence): an indexed 4-ary min-heap.
 *
 * <p>Why this shape: every event pops the minimum and most re-arm a timer, so sifting dominates the
 * kernel. Times live in a {@code long} array beside the timer array, so comparisons load a
 * {@link Timer} (a cache miss once the queue holds thousands of timers) only to break a tie by
 * sequence, and four children per node halve the depth of a binary heap. Keys are unique (sequences
 * are never reused), so the pop order is fully determined by them, whatever the heap layout.
 */
final class TimerHeap {
    private static final int INITIAL_CAPACITY = 64;

    private Timer[] timers = new Timer[INITIAL_CAPACITY];
    private long[] times = new long[INITIAL_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    /** The earliest timer; the heap must not be empty. */
    Timer first() {
        return timers[0];
    }

    /** Time of the earliest timer; the heap must not be empty. */
    long firstTime() {
        return times[0];
    }

    /** Adds {@code t} (not yet queued) with the key already stored in it. */
    void insert(Timer t) {
        if (size == timers.length) {
            int capacity = size * 2;
            timers = Arrays.copyOf(timers, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        siftUp(size++, t);
    }

    /** Moves the queued {@code t} after its key changed. */
    void update(Timer t) {
        int i = t.heapIndex;
        siftUp(i, t);
        if (t.heapIndex == i) {
            siftDown(i, t);
        }
    }

    /** Removes and returns the timer at heap position {@code i}. */
    Timer removeAt(int i) {
        Timer removed = timers[i];
        size--;
        if (i != size) {
            Timer last = timers[size];
            siftUp(i, last);
            if (last.heapIndex == i) {
                siftDown(i, last);
            }
        }
        timers[size] = null;
        removed.heapIndex = -1;
        return removed;
    }

    /** Forgets every timer, marking each as not queued. */
    void clear() {
        for (int i = 0; i < size; i++) {
            timers[i].heapIndex = -1;
        }
        timers = new Timer[INITIAL_CAPACITY];
        times = new long[INITIAL_CAPACITY];
        size = 0;
    }

    private void place(int i, Timer t, long time) {
        timers[i] = t;
        times[i] = time;
        t.heapIndex = i;
    }

    private void siftUp(int i, Timer t) {
        long time = t.time;
        long sequence = t.sequence;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = times[parent];
            if (pt < time || pt == time && timers[parent].sequence < sequence) {
                break;
            }
            place(i, timers[parent], pt);
            i = parent;
        }
        place(i, t, time);
    }

    private void siftDown(int i, Timer t) {
        long time = t.time;
        long sequence = t.sequence;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            long bt = times[first];
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                long ct = times[c];
                if (ct < bt || ct == bt && timers[c].sequence < timers[best].sequence) {
                    best = c;
                    bt = ct;
                }
            }
            if (time < bt || time == bt && sequence < timers[best].sequence) {
                break;
            }
            place(i, timers[best], bt);
            i = best;
        }
        place(i, t, time);
    }
}
