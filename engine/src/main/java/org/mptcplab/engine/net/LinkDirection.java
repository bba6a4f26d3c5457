package org.mptcplab.engine.net;

import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.wire.Packet;

/**
 * One direction of a {@link Link}: a drop-tail queue, a line that serialises one packet at a time,
 * then a constant propagation delay, then random and scripted loss decided at the receiving end.
 *
 * <p>This is the engine's hot path, so it costs one simulator event and no allocation per packet.
 * With a constant rate and delay, a FIFO line's schedule is known the moment a packet is accepted:
 * it starts serialising when the previous packet is done (or now, if the line is idle), and arrives
 * one serialisation time plus the propagation delay later. So every accepted packet goes into one
 * ring buffer with its start and arrival times, a single timer is aimed at the oldest arrival, and
 * the queue length at any instant is derived from the start times (the packets not yet started are
 * the ones waiting). Packets leave the wire in the order they entered it.
 *
 * <p>Loss is drawn from the random stream {@code link:<link>:<from>-><to>:loss} and only when the
 * loss probability is strictly between 0 and 1, so a loss-free link consumes no random numbers.
 * Scripted {@link FaultRule}s see every packet that reaches the far end, lost or not, so their match
 * counts do not depend on the random loss; a packet both lost and scripted is reported as SCRIPTED.
 */
public final class LinkDirection {
    private static final int INITIAL_RING = 256;

    private final Link link;
    private final NetInterface from;
    private final NetInterface to;
    private final LinkConfig config;
    private final Simulator sim;
    private final RandomStream loss;
    private final FaultSet faults = new FaultSet();
    private final PacketRing line = new PacketRing(INITIAL_RING);
    private final Timer arrivalTimer;
    private final DropCounters drops = new DropCounters();
    /** Packets at the head of {@link #line} known to have started serialisation; the rest wait. */
    private int started;
    private long waitingBytes;
    private long lineFreeAt = Long.MIN_VALUE;
    private boolean up = true;
    private long packetsAccepted;
    private long bytesAccepted;
    private long packetsDelivered;
    private int lastSerialisedLength = -1;
    private long lastSerialisationTime;

    LinkDirection(Link link, NetInterface from, NetInterface to, LinkConfig config) {
        this.link = link;
        this.from = from;
        this.to = to;
        this.config = config;
        this.sim = from.node().simulator();
        double p = config.lossProbability();
        this.loss = p > 0 && p < 1 ? sim.random().stream(lossStreamName()) : null;
        this.arrivalTimer = sim.newTimer(this::arrive);
    }

    /** Name of the random stream the loss model draws from. */
    public String lossStreamName() {
        return "link:" + link.name() + ":" + from.node().name() + "->" + to.node().name() + ":loss";
    }

    /** The link this direction belongs to. */
    public Link link() {
        return link;
    }

    /** Interface packets enter from. */
    public NetInterface from() {
        return from;
    }

    /** Interface packets are delivered to. */
    public NetInterface to() {
        return to;
    }

    /** Rate, delay, loss and queue limits. */
    public LinkConfig config() {
        return config;
    }

    /** True unless the link was taken down. */
    public boolean isUp() {
        return up;
    }

    /** Adds a scripted fault, checked at the receiving end for every packet that crosses this direction. */
    public void addFault(FaultRule rule) {
        faults.add(rule);
    }

    /** Packets that finished serialisation onto the line. */
    public long packetsSent() {
        return packetsAccepted - notYetSerialised(false);
    }

    /** IP bytes of those packets (framing not included). */
    public long bytesSent() {
        return bytesAccepted - notYetSerialised(true);
    }

    /** Packets handed to the far interface. */
    public long packetsDelivered() {
        return packetsDelivered;
    }

    /** Packets lost on this direction, by reason. */
    public DropCounters drops() {
        return drops;
    }

    /** Packets waiting in the queue (not counting the one being serialised). */
    public int queueLength() {
        catchUp(sim.now());
        return line.size() - started;
    }

    /** IP bytes waiting in the queue. */
    public long queueBytes() {
        catchUp(sim.now());
        return waitingBytes;
    }

    /** Packets on the wire, serialised and not yet arrived. */
    public int packetsInFlight() {
        return line.size() - (int) notYetSerialised(false);
    }

    void enqueue(Packet packet) {
        if (!up) {
            drop(from, packet, DropReason.LINK_DOWN);
            return;
        }
        long now = sim.now();
        int length = packet.wireLength();
        long start = now;
        if (lineFreeAt > now) {
            catchUp(now);
            if (queueFull(length)) {
                drop(from, packet, DropReason.QUEUE_FULL);
                return;
            }
            start = lineFreeAt;
            waitingBytes += length;
        }
        long departure = start + serialisationTime(length);
        long arrival = Math.addExact(departure, config.propagationDelayNanos());
        line.add(packet, length, start, arrival);
        if (start == now) {
            // An idle line means everything before has departed, hence started: nothing waits.
            started = line.size();
            waitingBytes = 0;
        }
        lineFreeAt = departure;
        packetsAccepted++;
        bytesAccepted += length;
        if (line.size() == 1) {
            arrivalTimer.rescheduleAt(arrival);
        }
    }

    /** Moves packets whose serialisation has begun by {@code now} out of the waiting count. */
    private void catchUp(long now) {
        while (started < line.size() && line.start(started) <= now) {
            waitingBytes -= line.length(started);
            started++;
        }
    }

    private boolean queueFull(int length) {
        int packetLimit = config.queueLimitPackets();
        long byteLimit = config.queueLimitBytes();
        return packetLimit > 0 && line.size() - started >= packetLimit
                || byteLimit > 0 && waitingBytes + length > byteLimit;
    }

    private long serialisationTime(int length) {
        // Most packets of a bulk run have the same size: skip the division for repeats.
        if (length != lastSerialisedLength) {
            lastSerialisedLength = length;
            lastSerialisationTime = Time.transmission((long) length + config.framingBytes(), config.rateBitsPerSecond());
        }
        return lastSerialisationTime;
    }

    /** Packets (or their bytes) still being serialised or waiting: those at the tail departing after now. */
    private long notYetSerialised(boolean bytes) {
        long now = sim.now();
        long delay = config.propagationDelayNanos();
        long count = 0;
        for (int k = line.size() - 1; k >= 0 && line.arrival(k) - delay > now; k--) {
            count += bytes ? line.length(k) : 1;
        }
        return count;
    }

    private void arrive() {
        Packet packet = line.packet(0);
        if (started > 0) {
            started--;
        } else {
            // It started long ago; the waiting count just had not caught up with it.
            waitingBytes -= line.length(0);
        }
        line.removeHead();
        if (!line.isEmpty()) {
            arrivalTimer.rescheduleAt(line.arrival(0));
        }
        boolean lost = loss != null ? loss.bernoulli(config.lossProbability()) : config.lossProbability() >= 1;
        boolean scripted = !faults.isEmpty() && faults.drops(packet, sim.now());
        if (scripted) {
            drop(to, packet, DropReason.SCRIPTED);
        } else if (lost) {
            drop(to, packet, DropReason.RANDOM_LOSS);
        } else {
            packetsDelivered++;
            to.deliver(packet);
        }
    }

    /**
     * Takes this direction down (every packet waiting, being serialised or in flight is lost with
     * LINK_DOWN: reported at the receiving end once serialised, at the sending end before) or back
     * up. The oldest packets are reported first.
     */
    void setUp(boolean newState) {
        if (newState == up) {
            return;
        }
        up = newState;
        if (up) {
            return;
        }
        arrivalTimer.cancel();
        long now = sim.now();
        long delay = config.propagationDelayNanos();
        while (!line.isEmpty()) {
            Packet p = line.packet(0);
            int length = line.length(0);
            boolean serialised = line.arrival(0) - delay <= now;
            line.removeHead();
            if (!serialised) {
                packetsAccepted--;
                bytesAccepted -= length;
            }
            drop(serialised ? to : from, p, DropReason.LINK_DOWN);
        }
        started = 0;
        waitingBytes = 0;
        lineFreeAt = Long.MIN_VALUE;
    }

    private void drop(NetInterface where, Packet packet, DropReason reason) {
        drops.add(reason);
        where.node().drop(packet, where, reason);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
