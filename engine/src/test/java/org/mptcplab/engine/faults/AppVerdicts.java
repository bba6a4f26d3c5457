package org.mptcplab.engine.faults;

import java.util.EnumMap;
import java.util.Map;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;

/**
 * Watches one client application's milestones and counts what the faults did (packets dropped by
 * reason, link state changes, route and backend changes), so a test can judge the run afterwards.
 */
final class AppVerdicts implements TraceSink {
    /** Reason of an unfinished verdict when nothing was left to do. */
    static final String STALLED = "stalled: nothing scheduled, transfer neither completed nor failed";
    /** Reason of an unfinished verdict when the run reached its duration with events pending. */
    static final String CUT_OFF = "cut off: the run ended while timers were pending";

    private final String node;
    private final String app;
    private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    private boolean completed;
    private String integrityError = "";
    private String resetReason = "";
    private String connectionDeath = "";
    private long linkChanges;
    private long routeChanges;

    AppVerdicts(String node, String app) {
        this.node = node;
        this.app = app;
    }

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof PacketEvent p && p.kind() == PacketEvent.Kind.DROPPED && p.dropReason() != null) {
            drops.merge(p.dropReason(), 1L, Long::sum);
        } else if (event instanceof NodeEvent n && (n.kind() == NodeEvent.Kind.LINK_DOWN
                || n.kind() == NodeEvent.Kind.LINK_UP)) {
            linkChanges++;
        } else if (event instanceof ConnectionEvent c && c.to().equals("CLOSED") && abnormal(c.reason())
                && connectionDeath.isEmpty()) {
            connectionDeath = c.node() + ": " + c.reason();
        } else if (event instanceof RouteChange) {
            routeChanges++;
        } else if (event instanceof AppEvent a && a.node().equals(node) && a.app().equals(app)) {
            switch (a.kind()) {
                case COMPLETED -> completed = true;
                case INTEGRITY_ERROR -> integrityError = integrityError.isEmpty() ? a.detail() : integrityError;
                case RESET, FAILED -> resetReason = resetReason.isEmpty() ? a.detail() : resetReason;
                default -> {
                    // Started, connected, verified, reconnecting: no bearing on the verdict.
                }
            }
        }
    }

    private static boolean abnormal(String reason) {
        return reason.contains("without answer") || reason.contains("RST") || reason.contains("reset")
                || reason.contains("refused") || reason.contains("FASTCLOSE");
    }

    /**
     * The verdict once the run is over. {@code idle} says the run stopped because nothing was left
     * to do: then a client still waiting for data whose peer gave up (a receiver has nothing to
     * retransmit, and TCP without keepalive never notices, RFC 9293 §3.8.4) failed cleanly, with the
     * peer's reason.
     */
    Verdict verdict(boolean idle) {
        if (!integrityError.isEmpty()) {
            return new Verdict(Verdict.Kind.CORRUPT, integrityError);
        }
        if (completed) {
            return new Verdict(Verdict.Kind.INTACT, "");
        }
        if (!resetReason.isEmpty()) {
            return new Verdict(Verdict.Kind.FAILED, resetReason);
        }
        if (idle && !connectionDeath.isEmpty()) {
            return new Verdict(Verdict.Kind.FAILED, "peer gave up: " + connectionDeath);
        }
        // Tell a stall (nothing scheduled: a missing timer) from a run cut off while a sender still
        // retries (the run is too short for its timeouts): the fixes differ.
        return new Verdict(Verdict.Kind.UNFINISHED, idle ? STALLED : CUT_OFF);
    }

    long dropped(DropReason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** Packets lost to injected faults: scripted drops, dead links, full queues and random loss. */
    long faultDrops() {
        return dropped(DropReason.SCRIPTED) + dropped(DropReason.LINK_DOWN) + dropped(DropReason.QUEUE_FULL)
                + dropped(DropReason.RANDOM_LOSS);
    }

    long linkChanges() {
        return linkChanges;
    }

    long routeChanges() {
        return routeChanges;
    }
}
