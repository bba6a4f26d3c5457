package org.mptcplab.engine.sim;

/**
 * A handle on one scheduled action. It can be cancelled, and re-armed to another time without a
 * new allocation, which is what retransmission and delayed-ACK timers do on almost every segment.
 */
public final class Timer {
    private final Simulator owner;

    Simulator owner() {
        return owner;
    }
    private final Runnable action;
    long time;
    long sequence;
    int heapIndex = -1;

    Timer(Simulator owner, Runnable action) {
        this.owner = owner;
        this.action = action;
    }

    /** Absolute time at which the action runs, or {@link Time#NEVER} when not scheduled. */
    public long time() {
        return isScheduled() ? time : Time.NEVER;
    }

    /** True while the action is waiting in the queue. */
    public boolean isScheduled() {
        return heapIndex >= 0;
    }

    /** Removes the action from the queue; it will not run. Cancelling twice is harmless. */
    public void cancel() {
        owner.remove(this);
    }

    /** Schedules (or moves) the action to {@code delay} nanoseconds from now. */
    public void rescheduleIn(long delay) {
        rescheduleAt(Math.addExact(owner.now(), checkDelay(delay)));
    }

    /**
     * Schedules (or moves) the action to absolute time {@code at}. The action takes a fresh sequence
     * number, so among actions due at the same time it runs after those scheduled before this call.
     */
    public void rescheduleAt(long at) {
        owner.reschedule(this, at);
    }

    void run() {
        action.run();
    }

    static long checkDelay(long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay + " ns");
        }
        return delay;
    }
}
