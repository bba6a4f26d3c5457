package org.mptcplab.engine.faults;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.sim.Time;

/**
 * The fault catalogue of the issue, each expressed in scenario syntax (faults, events, link
 * parameters), so every one of them could also be written in a scenario file. A 1 MB download at
 * 1 Gbit/s over a 14 ms round trip takes about 0.1 s, so the faults strike in the first second.
 */
final class Faults {
    /** The slowest line the format accepts: a 60-byte SYN needs 480 s, longer than any fault run. */
    static final long STALLED_RATE = 1;
    /** A delay of hours: nothing sent crosses within the run. */
    static final long HUGE_DELAY = Time.seconds(3 * 3600);

    private Faults() {
    }

    static List<FaultCase> all(Topo topo) {
        return List.of(flaps(), lossBurst(), blackHoleBurst(), randomLoss(), serverChurn(topo), stalledForward(topo), stalledReturn(),
                hugeDelay(), hugeDelayLongRun(), zeroLengthQueues(), everything(topo));
    }

    /** Access links go down and come back: at the start, mid-transfer, and for a whole second. */
    static FaultCase flaps() {
        return new FaultCase("link flaps", s -> Scenarios.withFaults(s, List.of(
                new LinkDownSpec(FaultNetworks.CLIENT_R1, 0, Time.millis(30)),
                new LinkDownSpec(FaultNetworks.CLIENT_R1, Time.millis(60), Time.millis(90)),
                new LinkDownSpec(FaultNetworks.CLIENT_R1, Time.millis(150), Time.millis(1150)),
                new LinkDownSpec(FaultNetworks.CLIENT_R1_SECOND, Time.millis(20), Time.millis(400)))));
    }

    /** Bursts of consecutive losses on both access links, both directions. */
    static FaultCase lossBurst() {
        return new FaultCase("loss bursts", s -> Scenarios.withFaults(s, List.of(
                new DropSpec(FaultNetworks.CLIENT_R1, null, null, MatchSpec.ANY, 20, 12),
                new DropSpec(FaultNetworks.CLIENT_R1, null, null, MatchSpec.ANY, 120, 30),
                new DropSpec(FaultNetworks.CLIENT_R1_SECOND, null, null, MatchSpec.ANY, 3, 30))));
    }

    /**
     * Forty consecutive packets lost on the initial path: the data and then each backed-off
     * retransmission, until TCP gives up (15 RTOs, about 800 s with the RTO capped at 120 s).
     */
    static FaultCase blackHoleBurst() {
        return new FaultCase("40-packet burst", s -> Scenarios.withFaults(s, List.of(
                new DropSpec(FaultNetworks.CLIENT_R1, null, null, MatchSpec.ANY, 20, 40))));
    }

    /** 5 % independent loss on both access links. */
    static FaultCase randomLoss() {
        return new FaultCase("random loss 5%", s -> Scenarios.withLink(Scenarios.withLink(s, FaultNetworks.CLIENT_R1,
                Faults::lossy), FaultNetworks.CLIENT_R1_SECOND, Faults::lossy));
    }

    /** Every server leaves service once, overlapping, while transfers run. */
    static FaultCase serverChurn(Topo topo) {
        return new FaultCase("server churn", s -> {
            List<EventSpec> events = new ArrayList<>();
            events.addAll(topo.outage("s1", Time.millis(10), Time.millis(300)));
            events.addAll(topo.outage("s2", Time.millis(40), Time.millis(500)));
            events.addAll(topo.outage("s3", Time.millis(80), Time.millis(700)));
            return Scenarios.withEvents(s, events);
        });
    }

    /** The client-to-server line does not move: the SYN never leaves. */
    static FaultCase stalledForward(Topo topo) {
        return new FaultCase("stalled forward link", s -> Scenarios.withLinkDirections(s, topo.forwardCore(),
                Faults::stalled, p -> p));
    }

    /** The server-to-client line of the initial path does not move: SYN/ACKs never arrive. */
    static FaultCase stalledReturn() {
        return new FaultCase("stalled return link", s -> Scenarios.withLinkDirections(s, FaultNetworks.CLIENT_R1,
                p -> p, Faults::stalled));
    }

    /** Three hours one way: the run ends long before anything arrives. */
    static FaultCase hugeDelay() {
        return new FaultCase("huge delay", s -> Scenarios.withLink(s, FaultNetworks.CLIENT_R1, Faults::slow));
    }

    /** One hour one way in an eight-hour run: the SYN arrives long after the client gave up. */
    static FaultCase hugeDelayLongRun() {
        return new FaultCase("huge delay, long run", s -> Scenarios.withDuration(Scenarios.withLink(s,
                FaultNetworks.CLIENT_R1, p -> new LinkParams(p.rate(), Time.seconds(3600), p.loss(), p.queuePackets(),
                        p.queueBytes(), p.framing())), Time.seconds(8 * 3600)));
    }

    /** No waiting room anywhere: one byte of queue, so only the packet on the line survives a burst. */
    static FaultCase zeroLengthQueues() {
        return new FaultCase("zero-length queues", s -> Scenarios.withEveryLink(s,
                p -> new LinkParams(p.rate(), p.delay(), p.loss(), 0, 1, p.framing())));
    }

    /** Flaps, bursts and churn together. */
    static FaultCase everything(Topo topo) {
        return new FaultCase("flaps + bursts + churn",
                s -> serverChurn(topo).apply().apply(lossBurst().apply().apply(flaps().apply().apply(s))));
    }

    private static LinkParams lossy(LinkParams p) {
        return new LinkParams(p.rate(), p.delay(), 0.05, p.queuePackets(), p.queueBytes(), p.framing());
    }

    private static LinkParams stalled(LinkParams p) {
        return new LinkParams(STALLED_RATE, p.delay(), p.loss(), p.queuePackets(), p.queueBytes(), p.framing());
    }

    private static LinkParams slow(LinkParams p) {
        return new LinkParams(p.rate(), HUGE_DELAY, p.loss(), p.queuePackets(), p.queueBytes(), p.framing());
    }
}
