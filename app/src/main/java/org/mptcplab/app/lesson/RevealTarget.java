package org.mptcplab.app.lesson;

import java.util.List;
import java.util.function.Predicate;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.lessons.model.Query;

/**
 * Which event of the run explains a question's answer, so the reveal can select it: the balancer's
 * hash decision for "where does this JOIN (or connection) land", the RST or the establishment for
 * "how does the JOIN end", the step's own event otherwise.
 */
public final class RevealTarget {
    private RevealTarget() {
    }

    /** Index in {@code events} of the trace event at the step's point ({@code point}), or -1. */
    public static int pointIndex(List<TraceEvent> events, TraceEvent point) {
        if (point == null) {
            return -1;
        }
        // The playback re-runs the same scenario and seed, so the point's record appears in it as is.
        return events.indexOf(point);
    }

    /**
     * The event to select after the answer is known.
     *
     * @param query what the question asked (null for exercises): decides which event explains it
     * @param from  index of the step's point in {@code events}
     */
    public static int of(Query query, List<TraceEvent> events, int from) {
        if (query == null || from < 0) {
            return from;
        }
        int found = switch (query) {
            case BACKEND_OF_NEXT_JOIN, HASH_OF_JOIN -> first(events, from,
                    e -> e instanceof HashDecision d && d.packet() != null && isJoin(d.packet()));
            case BACKEND_OF_CONNECTION -> first(events, 0, e -> e instanceof HashDecision d && d.packet() != null
                    && TcpFlags.isSynOnly(d.packet().tcp().flags()) && !isJoin(d.packet()));
            case JOIN_OUTCOME -> first(events, from, e -> e instanceof PacketEvent p
                    && p.kind() == PacketEvent.Kind.SENT && p.packet().hasFlag(TcpFlags.RST)
                    || e instanceof SubflowEvent s && s.action() == SubflowEvent.Action.ESTABLISHED);
            default -> -1;
        };
        return found < 0 ? from : found;
    }

    private static int first(List<TraceEvent> events, int from, Predicate<TraceEvent> wanted) {
        for (int i = Math.max(0, from); i < events.size(); i++) {
            if (wanted.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isJoin(Packet p) {
        return TcpFlags.isSynOnly(p.tcp().flags())
                && p.tcp().options().stream().anyMatch(MpJoinSyn.class::isInstance);
    }
}
