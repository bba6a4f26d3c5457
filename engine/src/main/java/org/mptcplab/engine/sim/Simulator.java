package org.mptcplab.engine.sim;

import java.util.Objects;

/**
 * One simulation's clock and event queue.
 *
 * <p>Events are ordered by (time, sequence), the sequence being a per-simulator counter handed out
 * when an action is (re)scheduled, so actions due at the same nanosecond run in the order they were
 * scheduled. The kernel is pull-driven and single-threaded: nothing happens until a caller asks
 * for {@link #step()} or {@link #runUntil(long)}. The queue is an indexed 4-ary heap so that
 * cancelling or re-arming a {@link Timer} is O(log n) and allocation-free.
 *
 * <p>A {@link Watchdog} ({@link Watchdog#DEFAULT} unless replaced) checks every step; once it fires,
 * {@link #step()} throws {@link SimulationAbortedException} carrying the {@link RunAborted} outcome,
 * now and on every later call, so a livelocked run ends instead of hanging. It only counts events, so
 * it never changes what a run that stays within its limits does.
 */
public final class Simulator {
    private final RandomStreams random;
    private final TimerHeap queue = new TimerHeap();
    private long now;
    private long nextSequence;
    private long executed;
    private Watchdog watchdog = Watchdog.DEFAULT;
    private long windowStart;
    private long windowEvents;
    private RunAborted aborted;

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

    /** Replaces the watchdog (limits apply from the next step on). */
    public void setWatchdog(Watchdog newWatchdog) {
        watchdog = Objects.requireNonNull(newWatchdog, "watchdog");
    }

    /** The limits checked on every step. */
    public Watchdog watchdog() {
        return watchdog;
    }

    /** The watchdog's verdict, or {@code null} while the run has not been aborted. */
    public RunAborted aborted() {
        return aborted;
    }

    /** Number of actions waiting. */
    public int pendingEvents() {
        return queue.size();
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
        return queue.size() == 0 ? Time.NEVER : queue.firstTime();
    }

    /**
     * Runs the next action, advancing the clock to its time.
     *
     * @return false when there was nothing to run
     * @throws SimulationAbortedException when the watchdog fires (or fired before)
     */
    public boolean step() {
        if (aborted != null) {
            throw new SimulationAbortedException(aborted);
        }
        if (queue.size() == 0) {
            return false;
        }
        checkWatchdog(queue.firstTime());
        Timer t = queue.removeAt(0);
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
        while (queue.size() > 0 && queue.firstTime() <= until) {
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

    private void checkWatchdog(long at) {
        if (at - windowStart >= watchdog.window()) {
            windowStart = at;
            windowEvents = 0;
        }
        windowEvents++;
        String reason = null;
        if (windowEvents > watchdog.maxEventsPerWindow()) {
            reason = "livelock: more than " + watchdog.maxEventsPerWindow() + " events while the clock advanced"
                    + " less than " + Time.format(watchdog.window());
        } else if (executed >= watchdog.maxEvents()) {
            reason = "event budget of " + watchdog.maxEvents() + " events exhausted";
        }
        if (reason != null) {
            aborted = new RunAborted(reason, now, executed, queue.size());
            throw new SimulationAbortedException(aborted);
        }
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
            queue.update(t);
        } else {
            queue.insert(t);
        }
    }

    void remove(Timer t) {
        if (t.heapIndex >= 0) {
            queue.removeAt(t.heapIndex);
        }
    }

    /** Drops every pending action (used when a run is abandoned). */
    public void clear() {
        queue.clear();
    }
}
