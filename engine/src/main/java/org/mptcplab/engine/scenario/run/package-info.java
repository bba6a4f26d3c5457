/**
 * Running scenarios: {@link org.mptcplab.engine.scenario.run.ScenarioRun} builds a network, stacks,
 * devices and workloads from a validated {@link org.mptcplab.engine.scenario.Scenario}, runs it to
 * its end and returns a {@link org.mptcplab.engine.scenario.run.RunSummary};
 * {@link org.mptcplab.engine.scenario.run.TraceJsonLines} writes a run's trace as JSON lines.
 *
 * <p>May: assemble the engine's packages (net, lb, security, tcp, mptcp, apps), schedule the
 * scenario's actions, observe the trace. May not: read files or the clock, parse scenario text (the
 * lessons module does), or keep state between runs: two runs can live side by side in one JVM.
 */
package org.mptcplab.engine.scenario.run;
