package org.mptcplab.engine.faults;

import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Finds, in a fault-free run, the window of each handshake in which a route change would strand it:
 * from the server receiving the SYN (or MP_JOIN SYN) to the client sending the packet that completes
 * the handshake (its ACK, or the MP_JOIN ACK). Runs are deterministic, so a second run with the same
 * seed reaches the same window, and an event scheduled inside it strikes mid-handshake.
 */
final class HandshakeProbe implements TraceSink {
    long synAtServer = -1;
    String server;
    long ackSent = -1;
    long joinSynAtServer = -1;
    String joinServer;
    long joinAckSent = -1;

    @Override
    public void accept(TraceEvent event) {
        if (!(event instanceof PacketEvent p)) {
            return;
        }
        Packet packet = p.packet();
        int flags = packet.tcp().flags();
        boolean join = packet.tcp().options().stream().anyMatch(o -> o instanceof MpJoinSyn);
        if (p.kind() == PacketEvent.Kind.RECEIVED && p.node().startsWith("s") && TcpFlags.isSynOnly(flags)) {
            if (join && joinSynAtServer < 0) {
                joinSynAtServer = p.time();
                joinServer = p.node();
            } else if (!join && synAtServer < 0) {
                synAtServer = p.time();
                server = p.node();
            }
        } else if (p.kind() == PacketEvent.Kind.SENT && p.node().equals("client")) {
            if (synAtServer >= 0 && ackSent < 0 && !packet.hasFlag(TcpFlags.SYN)) {
                ackSent = p.time();
            }
            if (joinSynAtServer >= 0 && joinAckSent < 0
                    && packet.tcp().options().stream().anyMatch(o -> o instanceof MpJoinAck)) {
                joinAckSent = p.time();
            }
        }
    }
}
