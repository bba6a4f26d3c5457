package org.mptcplab.engine.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Packet;

/**
 * Two hosts joined by a full-duplex point-to-point wire, for testing TCP without the net package:
 * per direction a rate (with a drop-tail packet queue), a propagation delay, random loss, duplication
 * and reordering (extra random delay), and scripted drops.
 */
public final class TestWire {
    public final Simulator sim;
    public final TraceBus trace = new TraceBus();
    public final WireHost client;
    public final WireHost server;
    public final Direction toServer;
    public final Direction toClient;

    /** One direction of the wire. */
    public final class Direction {
        private final WireHost to;
        private final RandomStream random;
        private final ArrayDeque<Long> queue = new ArrayDeque<>();
        public long delay = Time.millis(10);
        public long rateBps;
        public int queueLimit = 1000;
        public int framingBytes;
        public double loss;
        public double duplicate;
        public double reorder;
        public long reorderDelay = Time.millis(5);
        public Predicate<Packet> dropIf = p -> false;
        public boolean down;
        public final List<Packet> sent = new ArrayList<>();
        public final List<Long> sentTimes = new ArrayList<>();
        public boolean record = true;
        public long dropped;
        public long delivered;
        private long busyUntil;

        Direction(WireHost to, String name) {
            this.to = to;
            this.random = sim.random().stream("wire:" + name);
        }

        void transmit(Packet p) {
            if (record) {
                sent.add(p);
                sentTimes.add(sim.now());
            }
            if (down || dropIf.test(p) || random.bernoulli(loss)) {
                dropped++;
                return;
            }
            long now = sim.now();
            long arrival = now;
            if (rateBps > 0) {
                while (!queue.isEmpty() && queue.peekFirst() <= now) {
                    queue.pollFirst();
                }
                if (queue.size() >= queueLimit) {
                    dropped++;
                    return;
                }
                long start = Math.max(now, busyUntil);
                busyUntil = start + Time.transmission(p.wireLength() + framingBytes, rateBps);
                queue.addLast(busyUntil);
                arrival = busyUntil;
            }
            arrival += delay;
            if (random.bernoulli(reorder)) {
                arrival += (long) (random.nextDouble() * reorderDelay);
            }
            sim.scheduleAt(arrival, () -> arrive(p));
            if (random.bernoulli(duplicate)) {
                sim.scheduleAt(arrival + 1 + (long) (random.nextDouble() * reorderDelay), () -> arrive(p));
            }
        }

        private void arrive(Packet p) {
            delivered++;
            to.deliver(p);
        }
    }

    public TestWire(long seed) {
        this(seed, 1500);
    }

    public TestWire(long seed, int mtu) {
        this(seed, mtu, Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2"));
    }

    /** A wire between hosts with the given addresses (both of one family). */
    public TestWire(long seed, int mtu, IpAddress clientAddress, IpAddress serverAddress) {
        sim = new Simulator(seed);
        client = new WireHost("client", sim, trace, clientAddress, mtu);
        server = new WireHost("server", sim, trace, serverAddress, mtu);
        toServer = new Direction(server, "c2s");
        toClient = new Direction(client, "s2c");
        client.connectOutput(toServer::transmit);
        server.connectOutput(toClient::transmit);
    }

    /** Both directions with the same delay. */
    public TestWire delay(long oneWay) {
        toServer.delay = oneWay;
        toClient.delay = oneWay;
        return this;
    }

    /** Both directions with the same rate. */
    public TestWire rate(long bps) {
        toServer.rateBps = bps;
        toClient.rateBps = bps;
        return this;
    }

    /** Runs until nothing is left to do or {@code until} is reached. */
    public void runUntil(long until) {
        sim.runUntil(until);
    }
}
