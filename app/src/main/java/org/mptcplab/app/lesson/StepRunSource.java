package org.mptcplab.app.lesson;

import org.mptcplab.app.playback.EngineRunSession;
import org.mptcplab.app.playback.RunSession;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.lessons.play.StepState;

/**
 * The run a lesson step shows: its scenario (variant applied) with its own seed, recorded only up to
 * the step's point plus {@link #AFTER_POINT} of simulated time. A step is about one moment of the
 * run; the lesson does not need the whole bulk transfer, and a short trace loads in a blink.
 */
public final class StepRunSource implements RunSource {
    /** Simulated time shown after the point: ten RTTs of the bundled topologies, enough for the next JOIN's outcome. */
    public static final long AFTER_POINT = 150_000_000L;
    private final ScenarioRunSource whole;
    private final long end;
    private final Watchdog watchdog;

    /** The run of {@code state}'s step, under the engine's default watchdog. */
    public StepRunSource(StepState state) {
        this(state, Watchdog.DEFAULT);
    }

    /** The run of {@code state}'s step, aborted by {@code watchdog} when it runs away. */
    StepRunSource(StepState state, Watchdog watchdog) {
        Scenario s = state.scenario();
        this.whole = new ScenarioRunSource(s, s.seed());
        this.end = Math.min(s.duration(), state.time() + AFTER_POINT);
        this.watchdog = watchdog;
    }

    @Override
    public String id() {
        return whole.id();
    }

    @Override
    public String title() {
        return whole.title();
    }

    @Override
    public TopologyModel topology() {
        return whole.topology();
    }

    @Override
    public RunSession open() {
        ScenarioRun run = ScenarioRun.build(whole.scenario(), whole.seed());
        run.simulator().setWatchdog(watchdog);
        TraceRecorder recorder = new TraceRecorder();
        run.addSink(recorder);
        return new EngineRunSession(run.simulator(), recorder, end);
    }

    /** Simulated time at which the recording stops, ns. */
    public long endTime() {
        return end;
    }

    /** The scenario run (variant applied). */
    Scenario scenario() {
        return whole.scenario();
    }

    /** The seed of the run. */
    long seed() {
        return whole.seed();
    }
}
