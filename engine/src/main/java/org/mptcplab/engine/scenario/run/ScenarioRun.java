package org.mptcplab.engine.scenario.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.mptcp.KeyPolicy;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;
import org.mptcplab.engine.scenario.Topology;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceSink;

/**
 * A scenario turned into a runnable simulation: network, stacks, devices, applications, faults and
 * events, all scheduled on one {@link Simulator} seeded with the run's seed. Add sinks (recorder,
 * pcap capture, JSON lines) with {@link #addSink} before {@link #run()}; the trace starts at time 0
 * with the first scheduled action, after the static configuration (addresses, routes) is in place.
 *
 * <p>The run ends at the scenario's duration, or earlier: once every application that can finish has
 * finished (transfers of known size, request series; a duration-bounded transfer finishes at its
 * deadline), the run goes on for {@link #LINGER} so closing handshakes appear in the trace, and
 * stops sooner if nothing is left to do. Reconnecting clients never finish, so scenarios with them
 * run for their whole duration.
 */
public final class ScenarioRun {
    /** How long a run continues after the last finite application finished. */
    public static final long LINGER = Time.seconds(1);

    private final Scenario scenario;
    private final long seed;
    private final Simulator sim;
    private final TraceBus bus = new TraceBus();
    private final Network net;
    private final Map<String, Stacks.HostStacks> stacks = new LinkedHashMap<>();
    private final Map<String, LoadBalancer> balancers = new LinkedHashMap<>();
    private final RunMetrics metrics = new RunMetrics();
    private final List<ClientApp> clients;
    private boolean ran;

    private ScenarioRun(Scenario scenario, long seed) {
        this.scenario = ScenarioValidator.requireValid(scenario);
        this.seed = seed;
        this.sim = new Simulator(seed);
        this.net = new Network(sim, bus);
        Topology topology = new Topology(scenario);
        for (NodeSpec n : scenario.nodes()) {
            if (n instanceof HostSpec h) {
                Host host = net.addHost(h.name());
                h.localAddresses().forEach(host::addLocalAddress);
            } else if (n instanceof LoadBalancerSpec lb) {
                balancers.put(lb.name(), Devices.loadBalancer(net, lb));
            } else {
                net.addRouter(n.name());
            }
        }
        scenario.links().forEach(l -> net.connect(net.node(l.a().node()), l.a().address(), net.node(l.b().node()),
                l.b().address(), l.ab().toConfig(), l.ba().toConfig()));
        Routes routes = new Routes(net, topology);
        routes.install();
        Map<String, KeyPolicy> keyPolicies = ServerIdKeyPolicy.forScenario(scenario);
        for (NodeSpec n : scenario.nodes()) {
            if (n instanceof LoadBalancerSpec lb) {
                Devices.addBackends(balancers.get(lb.name()), lb);
            } else if (n instanceof HostSpec h) {
                stacks.put(h.name(), Stacks.install(net.host(h.name()), h, topology,
                        keyPolicies.getOrDefault(h.name(), KeyPolicy.random())));
            }
        }
        Workloads workloads = new Workloads(net, topology, stacks);
        clients = workloads.applications();
        workloads.faults();
        workloads.events(routes);
        bus.add(metrics);
    }

    /**
     * Builds {@code scenario} with {@code seed}.
     *
     * @throws org.mptcplab.engine.scenario.InvalidScenarioException when the scenario is not valid
     */
    public static ScenarioRun build(Scenario scenario, long seed) {
        return new ScenarioRun(scenario, seed);
    }

    /** Builds {@code scenario} with its own default seed. */
    public static ScenarioRun build(Scenario scenario) {
        return new ScenarioRun(scenario, scenario.seed());
    }

    /** Adds a trace sink; events published from now on reach it. */
    public ScenarioRun addSink(TraceSink sink) {
        bus.add(sink);
        return this;
    }

    /** The validated scenario this run was built from. */
    public Scenario scenario() {
        return scenario;
    }

    /** The seed of this run. */
    public long seed() {
        return seed;
    }

    /** The clock and event queue. */
    public Simulator simulator() {
        return sim;
    }

    /** Nodes and links as built. */
    public Network network() {
        return net;
    }

    /** The host's TCP stack. */
    public TcpStack tcp(String host) {
        return stacks.get(host).tcp();
    }

    /** The host's MPTCP stack, if MPTCP is enabled there. */
    public Optional<MptcpStack> mptcp(String host) {
        return Optional.ofNullable(stacks.get(host).mptcp());
    }

    /** The load balancer called {@code name}. */
    public LoadBalancer loadBalancer(String name) {
        LoadBalancer lb = balancers.get(name);
        if (lb == null) {
            throw new IllegalArgumentException("no load balancer " + name);
        }
        return lb;
    }

    /**
     * Runs to the end (see the class notes) and summarises. A run runs once.
     *
     * @throws IllegalStateException when called twice
     * @throws org.mptcplab.engine.sim.SimulationAbortedException when the simulator's watchdog stops a
     *         runaway run (see {@link org.mptcplab.engine.sim.Watchdog}; set it on {@link #simulator()})
     */
    public RunSummary run() {
        if (ran) {
            throw new IllegalStateException("a run runs once");
        }
        ran = true;
        long cap = scenario.duration();
        long stopAt = cap;
        boolean anyFinite = clients.stream().anyMatch(ClientApp::finite);
        boolean finishing = false;
        int completedSeen = -1;
        long nextDeadline = nextDeadline(-1);
        while (sim.peek() <= stopAt) {
            sim.step();
            // Re-check only when something that can finish an application happened.
            boolean deadlinePassed = sim.now() >= nextDeadline;
            if (!finishing && anyFinite && (metrics.completedCount() != completedSeen || deadlinePassed)) {
                completedSeen = metrics.completedCount();
                if (deadlinePassed) {
                    nextDeadline = nextDeadline(sim.now());
                }
                if (allFinished()) {
                    finishing = true;
                    stopAt = Math.min(cap, sim.now() + LINGER);
                }
            }
        }
        if (sim.peek() != Time.NEVER) {
            sim.runUntil(stopAt);
        }
        for (ClientApp c : clients) {
            if (c.deadline() <= sim.now()) {
                c.freeze();
            }
        }
        return Summaries.summarise(this, clients, metrics);
    }

    private long nextDeadline(long after) {
        long next = Long.MAX_VALUE;
        for (ClientApp c : clients) {
            if (c.deadline() > after) {
                next = Math.min(next, c.deadline());
            }
        }
        return next;
    }

    private boolean allFinished() {
        for (ClientApp c : clients) {
            if (!c.finite() || c.deadline() > sim.now() && !metrics.completed(c.node(), c.name())) {
                return false;
            }
        }
        return true;
    }
}
