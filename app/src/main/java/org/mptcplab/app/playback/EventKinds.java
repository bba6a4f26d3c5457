package org.mptcplab.app.playback;

import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceVisitor;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** Classifies trace events and packets into {@link EventKind}s; stateless. */
public final class EventKinds {
    private static final TraceVisitor<EventKind> CLASSIFIER = new TraceVisitor.Adapter<>() {
        @Override
        protected EventKind otherwise(TraceEvent e) {
            return EventKind.OTHER;
        }

        @Override
        public EventKind visitPacket(PacketEvent e) {
            return e.kind() == PacketEvent.Kind.DROPPED ? EventKind.DROP : of(e.packet());
        }

        @Override
        public EventKind visitHashDecision(HashDecision e) {
            return EventKind.HASH;
        }

        @Override
        public EventKind visitConnection(ConnectionEvent e) {
            return EventKind.CONNECTION;
        }

        @Override
        public EventKind visitSubflow(SubflowEvent e) {
            return EventKind.SUBFLOW;
        }

        @Override
        public EventKind visitAddAddr(AddAddrEvent e) {
            return EventKind.ADD_ADDR;
        }

        @Override
        public EventKind visitRouteChange(RouteChange e) {
            return EventKind.ROUTE;
        }

        @Override
        public EventKind visitApp(AppEvent e) {
            return EventKind.APP;
        }
    };

    private EventKinds() {}

    /** The kind of any trace event. */
    public static EventKind of(TraceEvent event) {
        return event.accept(CLASSIFIER);
    }

    /**
     * The kind of a packet, most telling first: RST, then the MPTCP signal it carries (a JOIN
     * handshake segment, ADD_ADDR), then the TCP handshake, data and pure ACKs.
     */
    public static EventKind of(Packet p) {
        int flags = p.tcp().flags();
        if (TcpFlags.has(flags, TcpFlags.RST)) {
            return EventKind.RST;
        }
        if (p.tcp().find(MpJoinSyn.class).isPresent() || p.tcp().find(MpJoinSynAck.class).isPresent()
                || p.tcp().find(MpJoinAck.class).isPresent()) {
            return EventKind.MP_JOIN;
        }
        if (p.tcp().find(AddAddr.class).isPresent()) {
            return EventKind.ADD_ADDR;
        }
        if (TcpFlags.isSynOnly(flags)) {
            return EventKind.SYN;
        }
        if (TcpFlags.isSynAck(flags)) {
            return EventKind.SYN_ACK;
        }
        if (p.payloadLength() > 0) {
            boolean mapped = p.tcp().find(Dss.class).map(d -> d.mapping() != null).orElse(false);
            return mapped ? EventKind.DSS_DATA : EventKind.DATA;
        }
        return TcpFlags.has(flags, TcpFlags.FIN) ? EventKind.FIN : EventKind.ACK;
    }
}
