package org.mptcplab.engine.net;

import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

/**
 * Micro-benchmark of the network hot path, run on demand (not a test):
 * {@code java -cp <test-classes>:<classes> org.mptcplab.engine.net.LinkBenchmark [packets]}.
 *
 * <p>A host pushes 1500 B packets at line rate through a router to another host over two 10 Gbit/s,
 * 1 ms links with no trace sink, so the figure covers queueing, serialisation, propagation, routing,
 * TTL rewriting and delivery: five simulator events and one new header and packet per packet.
 */
public final class LinkBenchmark {
    private LinkBenchmark() {}

    /** Runs a warm-up, then the measured run, and prints packets per second of wall time. */
    public static void main(String[] args) {
        long packets = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        run(packets / 10);
        long start = System.nanoTime();
        long[] result = run(packets);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "%d packets delivered (%d events, %.3f s simulated) in %.3f s wall: %.2f M packets/s, %.2f M events/s%n",
                result[0], result[1], Time.toSeconds(result[2]), seconds, result[0] / seconds / 1e6,
                result[1] / seconds / 1e6);
    }

    /** Returns {delivered, events executed, simulated nanoseconds}. */
    private static long[] run(long packets) {
        Simulator sim = new Simulator(1);
        Network net = new Network(sim, new TraceBus());
        Host a = net.addHost("a");
        Router r = net.addRouter("r");
        Host b = net.addHost("b");
        LinkConfig cfg = LinkConfig.of(10_000_000_000L, Time.millis(1));
        Link left = net.connect(a, IpAddress.parse("10.0.0.1"), r, null, cfg);
        Link right = net.connect(r, null, b, IpAddress.parse("10.0.1.1"), cfg);
        a.routes().add(IpPrefix.parse("0.0.0.0/0"), left.a());
        r.routes().add(IpPrefix.parse("10.0.0.0/24"), left.b());
        r.routes().add(IpPrefix.parse("10.0.1.0/24"), right.a());
        long[] delivered = new long[1];
        b.setTransport(p -> delivered[0]++);

        Packet packet = TestPackets.sized("10.0.0.1", "10.0.1.1", 1500);
        long interval = Time.transmission(1500, cfg.rateBitsPerSecond());
        long[] sent = new long[1];
        Timer[] source = new Timer[1];
        source[0] = sim.newTimer(() -> {
            a.send(packet);
            if (++sent[0] < packets) {
                source[0].rescheduleIn(interval);
            }
        });
        source[0].rescheduleIn(0);
        while (sim.step()) {
            // drain
        }
        if (delivered[0] != packets || right.ab().drops().total() != 0) {
            throw new IllegalStateException("lost packets: " + delivered[0] + " of " + packets);
        }
        return new long[] {delivered[0], sim.executedEvents(), sim.now()};
    }
}
