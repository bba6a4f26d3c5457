package org.mptcplab.lessons.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.model.RunPoint;

/**
 * One deterministic run of a scenario up to a step's point and a little beyond, keeping only the
 * {@link Notable} events. "A little beyond" ({@link #LOOKAHEAD}) lets questions about the next JOIN
 * be answered without simulating a whole bulk transfer.
 */
final class Recording {
    /** Simulated time kept after the point: several RTTs of every bundled topology. */
    static final long LOOKAHEAD = 300_000_000L;

    final List<TraceEvent> events;
    /** Index of the cursor event in {@link #events}, or -1 at a time before any notable event. */
    final int cursor;
    /** Simulated time of the point. */
    final long time;
    /** The first application's client host. */
    final String client;
    /** Names of all hosts. */
    final Set<String> hosts;

    private Recording(List<TraceEvent> events, int cursor, long time, String client, Set<String> hosts) {
        this.events = List.copyOf(events);
        this.cursor = cursor;
        this.time = time;
        this.client = client;
        this.hosts = hosts;
    }

    /**
     * Runs {@code s} with its seed to {@code point}.
     *
     * @throws PointNotReachedException when the run ends before the point
     */
    static Recording run(Scenario s, RunPoint point) {
        return run(s, point, LOOKAHEAD);
    }

    /** As {@link #run(Scenario, RunPoint)} with another lookahead, ns. */
    static Recording run(Scenario s, RunPoint point, long lookahead) {
        ScenarioRun run = ScenarioRun.build(s, s.seed());
        List<TraceEvent> kept = new ArrayList<>();
        int[] matched = {0, -1};
        RunPoint.NthEvent nth = point instanceof RunPoint.NthEvent n ? n : null;
        run.addSink(e -> {
            if (Notable.keep(e)) {
                kept.add(e);
                if (nth != null && matched[1] < 0 && Notable.is(nth.kind(), e) && ++matched[0] == nth.nth()) {
                    matched[1] = kept.size() - 1;
                }
            }
        });
        Simulator sim = run.simulator();
        long cap = s.duration();
        long pointTime;
        int cursor;
        if (nth != null) {
            while (matched[1] < 0 && sim.peek() <= cap) {
                sim.step();
            }
            if (matched[1] < 0) {
                throw new PointNotReachedException("the run has only " + matched[0] + " " + nth.kind().label()
                        + " event(s) in " + Math.round(cap / 1e6) + " ms, so " + nth.describe() + " never happens");
            }
            cursor = matched[1];
            pointTime = kept.get(cursor).time();
        } else {
            pointTime = ((RunPoint.AtTime) point).nanos();
            if (pointTime > cap) {
                throw new PointNotReachedException(point.describe() + " is after the end of the run ("
                        + Math.round(cap / 1e6) + " ms)");
            }
            while (sim.peek() <= pointTime) {
                sim.step();
            }
            cursor = kept.size() - 1;
        }
        long until = Math.min(cap, pointTime + lookahead);
        while (sim.peek() <= until) {
            sim.step();
        }
        Set<String> hosts = new TreeSet<>();
        s.nodes().stream().filter(HostSpec.class::isInstance).forEach(n -> hosts.add(n.name()));
        String client = s.applications().isEmpty() ? "" : s.applications().get(0).from();
        return new Recording(kept, cursor, pointTime, client, hosts);
    }

    /** The cursor event, or null. */
    TraceEvent cursorEvent() {
        return cursor < 0 ? null : events.get(cursor);
    }

    /** Events from the cursor on (all events when there is no cursor). */
    List<TraceEvent> fromCursor() {
        return events.subList(Math.max(cursor, 0), events.size());
    }

    /** Events up to and including the cursor. */
    List<TraceEvent> upToCursor() {
        return events.subList(0, cursor + 1);
    }
}
