package org.mptcplab.engine.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * One simulation's clock and event queue.
 *
 * <p>Events are ordered by (time, sequence), the sequence being a per-simulator counter handed out
 * when an action is (re)scheduled, so actions due at the same nanosecond run in the order they were
 * scheduled. The kernel is pull-driven and single-threaded: nothing happens until a caller asks
 * for {@link #step()} or {@link #runUntil(long)}. The queue is an indexed binary heap so that
 * cancelling or re-arming a {@link Timer} is O(log n) and allocation-free.
 */
public final class Simulator {
    private final RandomStreams random;
    private Timer[] heap = new Timer[64];
    private int size;
    private long now;
    private long nextSequence;
    private long executed;

    /** A simulator whose random streams all derive from {@code seed}. */
    public Simulator(long seed) {
        this.random = new RandomStreams(seed);
    }

    /** Current simulated time in nanoseconds. */
    public long now() {
        return now;
    }

    /** The named random streams of this run. */
    public RandomStreams random() {
        return random;
    }

    /** Number of actions executed so far. */
    public long executedEvents() {
        return executed;
    }

    /** Number of actions waiting. */
    public int pendingEvents() {
        return size;
    }

    /** Runs {@code action} {@code delay} nanoseconds from now. */
    public Timer schedule(long delay, Runnable action) {
        return scheduleAt(Math.addExact(now, Timer.checkDelay(delay)), action);
    }

    /** Runs {@code action} at absolute time {@code at} (not before now). */
    public Timer scheduleAt(long at, Runnable action) {
        Timer t = newTimer(action);
        reschedule(t, at);
        return t;
    }

    /** A timer that is not yet scheduled; arm it with {@link Timer#rescheduleIn(long)}. */
    public Timer newTimer(Runnable action) {
        return new Timer(this, Objects.requireNonNull(action, "action"));
    }

    /** Time of the next pending action, or {@link Time#NEVER} when the queue is empty. */
    public long peek() {
        return size == 0 ? Time.NEVER : heap[0].time;
    }

    /**
     * Runs the next action, advancing the clock to its time.
     *
     * @return false when there was nothing to run
     */
    public boolean step() {
        if (size == 0) {
            return false;
        }
        Timer t = removeAt(0);
        now = t.time;
        executed++;
        t.run();
        return true;
    }

    /**
     * Runs every action due at or before {@code until}, then leaves the clock at {@code until}.
     * Actions scheduled during the run for times up to {@code until} also run.
     *
     * @return the number of actions run
     */
    public long runUntil(long until) {
        if (until < now) {
            throw new IllegalArgumentException("cannot run back in time: now " + now + ", until " + until);
        }
        long before = executed;
        while (size > 0 && heap[0].time <= until) {
            step();
        }
        now = until;
        return executed - before;
    }

    /**
     * Runs until the queue is empty or {@code maxEvents} actions ran, whichever comes first.
     *
     * @return the number of actions run
     */
    public long run(long maxEvents) {
        long before = executed;
        while (executed - before < maxEvents && step()) {
            // step() does the work
        }
        return executed - before;
    }

    void reschedule(Timer t, long at) {
        if (t.owner() != this) {
            throw new IllegalArgumentException("timer belongs to another simulator");
        }
        if (at < now) {
            throw new IllegalArgumentException("cannot schedule in the past: now " + now + ", at " + at);
        }
        t.time = at;
        t.sequence = nextSequence++;
        if (t.heapIndex >= 0) {
            int i = t.heapIndex;
            siftUp(i);
            if (t.heapIndex == i) {
                siftDown(i);
            }
        } else {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            heap[size] = t;
            t.heapIndex = size;
            size++;
            siftUp(size - 1);
        }
    }

    void remove(Timer t) {
        if (t.heapIndex >= 0) {
            removeAt(t.heapIndex);
        }
    }

    private Timer removeAt(int i) {
        Timer removed = heap[i];
        size--;
        if (i != size) {
            Timer last = heap[size];
            heap[i] = last;
            last.heapIndex = i;
            siftUp(i);
            if (last.heapIndex == i) {
                siftDown(i);
            }
        }
        heap[size] = null;
        removed.heapIndex = -1;
        return removed;
    }

    private static boolean before(Timer a, Timer b) {
        return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
    }

    private void siftUp(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (!before(t, p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    private void siftDown(int i) {
        Timer t = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Timer c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, t)) {
                break;
            }
            heap[i] = c;
            c.heapIndex = i;
            i = child;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    /** Drops every pending action (used when a run is abandoned). */
    public void clear() {
        for (int i = 0; i < size; i++) {
            heap[i].heapIndex = -1;
        }
        heap = new Timer[64];
        size = 0;
    }
}
