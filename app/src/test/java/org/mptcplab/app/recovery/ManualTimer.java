package org.mptcplab.app.recovery;

import java.util.ArrayList;
import java.util.List;

/** A clock and {@link Autosaver.Timer} moved by hand: tasks run when the test advances past their time. */
public final class ManualTimer implements Autosaver.Timer {
    private record Task(long due, Runnable run) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    /** Starts at {@code start} milliseconds. */
    public ManualTimer(long start) {
        now = start;
    }

    @Override
    public void runAfter(long delayMillis, Runnable task) {
        tasks.add(new Task(now + delayMillis, task));
    }

    /** The current time, for {@code Autosaver}'s clock. */
    public long now() {
        return now;
    }

    /** Moves the clock to {@code time} and runs every task due by then, in due order. */
    public void advanceTo(long time) {
        while (true) {
            Task next = tasks.stream().filter(t -> t.due() <= time).min((a, b) -> Long.compare(a.due(), b.due()))
                    .orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due();
            next.run().run();
        }
        now = time;
    }

    /** Tasks not run yet. */
    public int waiting() {
        return tasks.size();
    }
}
