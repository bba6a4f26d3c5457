package org.mptcplab.app.playback;

import java.util.Objects;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * A run of a validated {@link Scenario}: each {@link #open()} builds a fresh {@link ScenarioRun} with
 * the same seed, so the trace is the same every time (the property step back relies on).
 *
 * <p>The session stops at the scenario's duration or when the kernel runs out of work, whichever
 * comes first; unlike {@link ScenarioRun#run()} it does not cut the run short after the last
 * application finished, so closing handshakes always appear in full.
 */
public final class ScenarioRunSource implements RunSource {
    private final Scenario scenario;
    private final long seed;
    private final Watchdog watchdog;

    /** A source for {@code scenario} run with {@code seed}, under the engine's default watchdog. */
    public ScenarioRunSource(Scenario scenario, long seed) {
        this(scenario, seed, Watchdog.DEFAULT);
    }

    /**
     * A source for {@code scenario} run with {@code seed}, whose runs the {@code watchdog} aborts when
     * they livelock or exceed its event budget (the recording then keeps the events before the abort).
     */
    public ScenarioRunSource(Scenario scenario, long seed, Watchdog watchdog) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.seed = seed;
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
    }

    /**
     * The built-in scenario {@code id}, with its own seed.
     *
     * @throws ScenarioLoadException    when the bundled file does not load
     * @throws IllegalArgumentException when {@code id} is not built in
     */
    public static ScenarioRunSource builtIn(String id) throws ScenarioLoadException {
        Scenario s = ScenarioLoader.builtIn(id);
        return new ScenarioRunSource(s, s.seed());
    }

    @Override
    public String id() {
        return scenario.id();
    }

    @Override
    public String title() {
        return scenario.title();
    }

    @Override
    public TopologyModel topology() {
        return TopologyModel.of(ScenarioRun.build(scenario, seed).network());
    }

    @Override
    public RunSession open() {
        ScenarioRun run = ScenarioRun.build(scenario, seed);
        run.simulator().setWatchdog(watchdog);
        TraceRecorder recorder = new TraceRecorder();
        run.addSink(recorder);
        return new EngineRunSession(run.simulator(), recorder, scenario.duration());
    }

    /** The scenario this source runs. */
    public Scenario scenario() {
        return scenario;
    }

    /** The seed of every run it opens. */
    public long seed() {
        return seed;
    }
}
