package org.mptcplab.engine.faults;

import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Watchdog;

/**
 * Runs a faulty scenario with the default livelock watchdog plus an event budget, and judges the
 * client application. Exceptions are not caught: a fault that makes the engine throw fails the test.
 *
 * @param verdict  the client application's outcome
 * @param injected fault actions the scenario injects ({@link Scenarios#injected})
 * @param drops    packets lost to faults
 * @param events   simulator events executed
 * @param endTime  simulated end of the run, ns
 * @param summary  the run summary
 */
record FaultRun(Verdict verdict, long injected, long drops, long events, long endTime, RunSummary summary) {
    /** Far above the few hundred thousand events a fault run needs; reaching it means a runaway. */
    static final long EVENT_BUDGET = 20_000_000;

    static FaultRun of(Scenario base, Scenario faulty, long seed) {
        ScenarioRun run = ScenarioRun.build(faulty, seed);
        run.simulator().setWatchdog(Watchdog.withBudget(EVENT_BUDGET));
        AppVerdicts verdicts = new AppVerdicts("client", "app");
        run.addSink(verdicts);
        RunSummary summary = run.run();
        boolean idle = run.simulator().pendingEvents() == 0 && summary.endTime() < faulty.duration();
        return new FaultRun(verdicts.verdict(idle), Scenarios.injected(base, faulty), verdicts.faultDrops(),
                run.simulator().executedEvents(), summary.endTime(), summary);
    }
}
