package org.mptcplab.app.events;

import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceVisitor;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** One-line summaries of trace events for the table, in tcpdump's spirit. */
public final class EventSummaries {
    private static final TraceVisitor<String> SUMMARY = new TraceVisitor<>() {
        @Override
        public String visitPacket(PacketEvent e) {
            String what = e.kind().name().toLowerCase() + (e.iface() == null ? "" : " " + e.iface());
            String drop = e.dropReason() == null ? "" : " (" + e.dropReason().name().toLowerCase() + ")";
            return what + drop + ": " + packet(e.packet());
        }

        @Override
        public String visitConnection(ConnectionEvent e) {
            return e.from() + " → " + e.to() + " " + e.flow() + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")");
        }

        @Override
        public String visitCongestion(CongestionEvent e) {
            return "cwnd " + e.cwndBytes() + " B, " + e.cause();
        }

        @Override
        public String visitSubflow(SubflowEvent e) {
            return "subflow " + e.action().name().toLowerCase() + " " + e.flow() + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")");
        }

        @Override
        public String visitAddAddr(AddAddrEvent e) {
            return "ADD_ADDR " + e.action().name().toLowerCase() + " id " + e.addressId() + " " + e.address();
        }

        @Override
        public String visitHashDecision(HashDecision e) {
            return e.function() + " " + e.method() + " → " + e.chosen() + " for " + e.tuple();
        }

        @Override
        public String visitRouteChange(RouteChange e) {
            return e.action().name().toLowerCase() + " " + e.prefix() + " " + e.detail();
        }

        @Override
        public String visitApp(AppEvent e) {
            return e.app() + " " + e.kind().name().toLowerCase() + " " + e.bytes() + " B " + e.detail();
        }

        @Override
        public String visitNode(NodeEvent e) {
            return e.kind().name().toLowerCase() + " " + e.detail();
        }
    };

    private EventSummaries() {}

    /** The summary of {@code event}. */
    public static String of(TraceEvent event) {
        return event.accept(SUMMARY).strip();
    }

    private static String packet(Packet p) {
        return p.src() + ":" + p.srcPort() + " > " + p.dst() + ":" + p.dstPort() + " [" + TcpFlags.toString(p.tcp().flags())
                + "] seq " + Integer.toUnsignedString(p.tcp().seq()) + " len " + p.payloadLength();
    }
}
