package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.CongestionControls;
import org.mptcplab.engine.tcp.RecoveryAlgorithm;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Test-scope benchmark main (run by hand): the work of table C of {@code shared/bench/ns3/README.md}
 * ({@code ./run_baseline.sh --flows=3 --rate=3Gbps --sizeMB=0 --simTime=10}): client --30 Gbit/s,
 * 5 ms-- router --3 Gbit/s, 5 ms-- server, 1000-packet drop-tail queues, 2 bytes of PPP framing,
 * three unlimited NewReno uploads to ports 5000..5002 for 10 s simulated, TCP as bulk.cc sets ns-3
 * 3.37 (SACK, timestamps, IW 10, delayed ACK 2 / 200 ms, min RTO 1 s, PRR, 64 MiB buffers). Prints
 * goodput, events and wall time; ns-3 took 186-216 s of wall time for the same run.
 * Argument: simulated seconds (default 10).
 */
public final class Ns3SpeedComparison {
    private Ns3SpeedComparison() {}

    /** Entry point. */
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        long wall0 = System.nanoTime();
        Simulator sim = new Simulator(1);
        Network net = new Network(sim, new TraceBus());
        Host client = net.addHost("client");
        Router router = net.addRouter("router");
        Host server = net.addHost("server");
        LinkConfig access = new LinkConfig(30_000_000_000L, Time.millis(5), 0, 1000, 0, 2);
        LinkConfig bottleneck = new LinkConfig(3_000_000_000L, Time.millis(5), 0, 1000, 0, 2);
        Link a = net.connect(client, IpAddress.parse("10.0.1.1"), router, IpAddress.parse("10.0.1.2"), access);
        Link b = net.connect(router, IpAddress.parse("10.0.2.1"), server, IpAddress.parse("10.0.2.2"), bottleneck);
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), a.a());
        router.routes().add(IpPrefix.parse("10.0.1.0/24"), a.b());
        router.routes().add(IpPrefix.parse("10.0.2.0/24"), b.a());
        server.routes().add(IpPrefix.parse("0.0.0.0/0"), b.b());
        TcpConfig tcp = TcpConfig.defaults().toBuilder().sack(true).timestamps(true).windowScaling(true)
                .receiveBuffer(64L << 20).initialCwndSegments(10).delayedAckCount(2).delayedAckTimeout(Time.millis(200))
                .initialRto(Time.seconds(3)).minRto(Time.SECOND).clockGranularity(Time.MILLISECOND)
                .congestionControl(CongestionControls.newReno()).recovery(RecoveryAlgorithm.PRR).limitedTransmit(true)
                .dupAckThreshold(3).build();
        TcpStack clientTcp = new TcpStack(client, tcp);
        TcpStack serverTcp = new TcpStack(server, tcp);
        List<BulkReceiver> sinks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BulkReceiver.listen(serverTcp, "sink" + i, 5000 + i, -1, sinks::add);
            BulkSender.upload(clientTcp, "bulk" + i, IpAddress.parse("10.0.2.2"), 5000 + i, BulkSender.UNLIMITED);
        }
        sim.runUntil(Time.seconds(seconds));
        double wall = (System.nanoTime() - wall0) / 1e9;
        long bytes = sinks.stream().mapToLong(s -> s.report().bytes()).sum();
        System.out.printf(Locale.ROOT, "sim_s=%d goodput_mbps=%.1f events=%d wall_s=%.2f events_per_s=%.0f"
                + " ns3_wall_s=186-216 speedup=%.0f-%.0fx%n", seconds, bytes * 8.0 / seconds / 1e6, sim.executedEvents(),
                wall, sim.executedEvents() / wall, 186 / wall * 10 / seconds, 216 / wall * 10 / seconds);
    }
}
