package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceRecorder;

/**
 * A {@link RunSession} over an engine simulator whose trace bus feeds {@code recorder}. A watchdog
 * abort or an exception escaping the engine ends the session (see {@link #stopped()}) instead of
 * propagating: the events published before it are still returned, so the GUI can play them.
 */
public final class EngineRunSession implements RunSession {
    private final Simulator simulator;
    private final TraceRecorder recorder;
    private final long endTime;
    private int delivered;
    private boolean finished;
    private RunStop stop;

    /**
     * @param simulator the kernel, with the network already built and the applications started
     * @param recorder  a sink already added to the network's trace bus
     * @param endTime   the simulated time at which the run stops, ns
     */
    public EngineRunSession(Simulator simulator, TraceRecorder recorder, long endTime) {
        this.simulator = simulator;
        this.recorder = recorder;
        this.endTime = endTime;
    }

    @Override
    public List<TraceEvent> advance(int maxActions) {
        if (maxActions <= 0) {
            throw new IllegalArgumentException("maxActions must be positive: " + maxActions);
        }
        try {
            for (int i = 0; i < maxActions && !finished; i++) {
                if (simulator.peek() > endTime || !simulator.step()) {
                    finished = true;
                }
            }
        } catch (RuntimeException e) {
            // The kernel's state after an exception is unknown: nothing more may run on it.
            finished = true;
            stop = RunStop.of(e, simulator.now());
        }
        List<TraceEvent> all = recorder.events();
        List<TraceEvent> fresh = new ArrayList<>(all.subList(delivered, all.size()));
        delivered = all.size();
        return fresh;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public Optional<RunStop> stopped() {
        return Optional.ofNullable(stop);
    }

    @Override
    public long now() {
        return simulator.now();
    }

    @Override
    public long endTime() {
        return endTime;
    }
}
