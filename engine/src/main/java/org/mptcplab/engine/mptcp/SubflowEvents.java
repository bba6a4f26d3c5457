package org.mptcplab.engine.mptcp;

import java.util.List;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamPayload;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.tcp.TcpState;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.Payload;

/**
 * What a connection does when its subflows report in: the initial handshake completing (or falling
 * back, RFC 8684 §3.7), a JOIN becoming usable, a subflow timing out (its data is reinjected
 * elsewhere), ending (reinjection again, and the connection fails when none is left), DATA_FIN
 * arriving, and MP_FASTCLOSE (§3.5).
 */
final class SubflowEvents {
    private final MptcpConnection conn;

    SubflowEvents(MptcpConnection conn) {
        this.conn = conn;
    }

    void initialConnected(Subflow s) {
        conn.setPhase(MptcpConnection.Phase.ESTABLISHED);
        if (!conn.isFallback()) {
            conn.trace().subflow(conn.token(), s.tcp().flow(), Action.ESTABLISHED,
                    conn.isPassive() ? "MP_CAPABLE ACK received" : "MP_CAPABLE SYN/ACK received");
        }
        if (conn.isPassive() && conn.acceptHandler != null) {
            SocketListener accepted = conn.acceptHandler.onAccept(conn);
            if (accepted != null) {
                conn.setListener(accepted);
            }
        }
        conn.listener().onConnected(conn);
        if (conn.isFallback()) {
            pushFallback();
            return;
        }
        if (conn.isPassive()) {
            conn.pathManager().connectionEstablished(conn.paths());
        }
        conn.sender().schedule();
    }

    /** The client's initial subflow saw the server use the keys: tell the path manager. */
    void fullyEstablished() {
        if (conn.dataPhase()) {
            conn.pathManager().connectionEstablished(conn.paths());
        }
    }

    void subflowUsable(Subflow s) {
        conn.trace().subflow(conn.token(), s.tcp().flow(), Action.ESTABLISHED,
                s.active ? "4th ACK received" : "MP_JOIN ACK verified, 4th ACK sent");
        if (conn.dataPhase()) {
            conn.pathManager().subflowEstablished(conn.paths(), s.info());
            conn.sender().schedule();
        }
    }

    /**
     * Plain TCP from now on (RFC 8684 §3.7). Safe at any time before a second subflow exists: until
     * then stream offsets equal the initial subflow's offsets, and the stream keys are that
     * subflow's ISNs, so whatever was sent with mappings reads the same without them.
     */
    void fallback(Subflow s, String reason) {
        if (conn.isFallback()) {
            return;
        }
        conn.setFallback();
        conn.trace().subflow(conn.token(), s.tcp().flow(), Action.FALLBACK, reason);
        s.tcp().setCongestionControl(conn.stack().tcp().config().congestionControl().create());
        conn.stack().unregister(conn);
        pushFallback();
    }

    /** In fallback, hands everything written and not yet sent to the TCP connection, then its FIN. */
    void pushFallback() {
        TcpConnection tcp = conn.initialTcp();
        if (conn.phase() != MptcpConnection.Phase.ESTABLISHED || tcp == null) {
            return;
        }
        SendQueue q = conn.sender().queue();
        Range r;
        while ((r = q.take(1 << 30, Long.MAX_VALUE)) != null) {
            tcp.pushChunk(new StreamPayload(conn.localStreamKey(), r.start(), (int) r.length()), null);
        }
        if (q.finOffset() >= 0 && (tcp.state() == TcpState.ESTABLISHED || tcp.state() == TcpState.CLOSE_WAIT)) {
            tcp.close();
        }
    }

    /** A subflow's retransmission timer fired: if another subflow can carry its data, reinject it. */
    void subflowTimedOut(Subflow s) {
        if (!conn.dataPhase()) {
            return;
        }
        for (Subflow other : conn.subflowList()) {
            if (other != s && other.sendable()) {
                conn.sender().reinjectFrom(s, true);
                conn.kick();
                return;
            }
        }
    }

    void dataFinReceived(long offset, Subflow s) {
        conn.receiver().dataFin(offset);
        s.requestAck();
        conn.kick();
    }

    void subflowEnded(Subflow s, String reason, boolean graceful, boolean alreadyTraced) {
        if (!alreadyTraced && !conn.isFallback()) {
            boolean refused = !s.initial && !s.fullyEstablished;
            conn.trace().subflow(conn.token(), s.tcp().flow(), refused ? Action.REFUSED : Action.CLOSED, reason);
        }
        if (conn.phase() == MptcpConnection.Phase.CLOSED) {
            return;
        }
        if (conn.isFallback()) {
            conn.end(reason);
            if (graceful) {
                conn.listener().onClosed(conn);
            } else {
                conn.listener().onReset(conn, reason);
            }
            return;
        }
        if (!graceful) {
            conn.sender().reinjectFrom(s, false);
        }
        if (s.tcp() != null) {
            conn.pathManager().subflowClosed(conn.paths(), s.info(), reason);
        }
        for (Subflow other : conn.subflowList()) {
            if (!other.gone()) {
                conn.kick();
                return;
            }
        }
        failed(conn.phase() == MptcpConnection.Phase.OPENING ? reason : "every subflow is gone: " + reason);
    }

    /** MP_FASTCLOSE arrived on a RST: with our key, the whole connection is reset at once. */
    void onFastclose(long key) {
        if (key != conn.localKey().key() || conn.phase() == MptcpConnection.Phase.CLOSED) {
            return;
        }
        conn.end("MP_FASTCLOSE received");
        for (Subflow s : conn.subflowList()) {
            if (!s.gone() && s.tcp() != null) {
                s.tcp().abort(List.of(), "MP_FASTCLOSE received");
            }
        }
        conn.listener().onReset(conn, "MP_FASTCLOSE received");
    }

    /** The connection cannot go on: reset what is left and tell the application. */
    void failed(String reason) {
        if (conn.phase() == MptcpConnection.Phase.CLOSED) {
            return;
        }
        boolean wasOpen = conn.phase() == MptcpConnection.Phase.ESTABLISHED || !conn.isPassive();
        conn.end(reason);
        for (Subflow s : conn.subflowList()) {
            if (!s.gone() && s.tcp() != null) {
                s.tcp().abort(conn.remoteKeyKnown() ? List.of(new MpFastclose(conn.remoteKey())) : List.of(), reason);
            }
        }
        if (wasOpen) {
            conn.listener().onReset(conn, reason);
        }
    }

    void fallbackData(long offset, Payload data) {
        conn.listener().onData(conn, offset, data);
    }

    void fallbackRemoteClosed() {
        conn.listener().onRemoteClosed(conn);
    }
}
