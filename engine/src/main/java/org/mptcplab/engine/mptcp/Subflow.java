package org.mptcplab.engine.mptcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.tcp.CongestionControl;
import org.mptcplab.engine.tcp.OutgoingSegment;
import org.mptcplab.engine.tcp.Payloads;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamPayload;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.tcp.TcpExtension;
import org.mptcplab.engine.tcp.TcpState;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.MpPrio;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpOption;

/**
 * One MPTCP subflow: the {@link TcpExtension} riding on its {@link TcpConnection} (options out via
 * {@link OutgoingOptions}, options in via {@link IncomingOptions}) and the {@link SocketListener}
 * that receives its in-order bytes, which the subflow's {@link MappingTable} turns into
 * connection-level offsets. It also remembers which stream ranges it was given, for reinjection,
 * and the signals (echo, MP_PRIO, REMOVE_ADDR, timer-mode ADD_ADDR) waiting for a pure ACK.
 */
final class Subflow implements TcpExtension, SocketListener, Schedulable {
    final MptcpConnection conn;
    final int id;
    final boolean initial;
    final boolean active;
    final int localNonce;
    final int remoteToken;
    final MappingTable mappings = new MappingTable();
    final List<MptcpOption> signals = new ArrayList<>(2);
    private final OutgoingOptions outgoing;
    private final IncomingOptions incoming;
    private final ArrayDeque<Range> assigned = new ArrayDeque<>();
    private final Timer flushTimer;
    private final Timer joinAckTimer;
    TcpConnection tcp;
    int localId;
    int remoteId;
    int remoteNonce;
    boolean localBackup;
    boolean peerBackup;
    boolean fullyEstablished;
    String rstDetail = "";
    private boolean connected;
    private boolean closing;
    private boolean gone;
    private long reinjectedUpTo;
    private int joinAckRetries;
    private Lia coupled;

    Subflow(MptcpConnection conn, int id, boolean initial, boolean active, int localNonce, int remoteToken) {
        this.conn = conn;
        this.id = id;
        this.initial = initial;
        this.active = active;
        this.localNonce = localNonce;
        this.remoteToken = remoteToken;
        this.outgoing = new OutgoingOptions(this);
        this.incoming = new IncomingOptions(this);
        this.flushTimer = conn.simulator().newTimer(this::flush);
        this.joinAckTimer = conn.simulator().newTimer(this::onJoinAckTimer);
    }

    TcpConnection tcp() {
        return tcp;
    }

    boolean gone() {
        return gone;
    }

    /** Alive: opening or established, neither closed by us nor gone. */
    boolean alive() {
        return !gone && !closing;
    }

    // ------------------------------------------------------------------ scheduling

    @Override
    public boolean sendable() {
        if (gone || closing || tcp == null || !connected || conn.isFallback()) {
            return false;
        }
        TcpState s = tcp.state();
        return (initial || fullyEstablished) && (s == TcpState.ESTABLISHED || s == TcpState.CLOSE_WAIT);
    }

    @Override
    public boolean backup() {
        return localBackup || peerBackup;
    }

    @Override
    public long srtt() {
        return tcp == null ? 0 : tcp.srtt();
    }

    @Override
    public long room() {
        long free = tcp.sendSpace() - tcp.unsentBytes();
        return free >= tcp.mss() ? free : 0;
    }

    /** Hands a stream range to this subflow's TCP. */
    void push(Range r) {
        tcp.pushChunk(new StreamPayload(conn.localStreamKey(), r.start(), (int) r.length()), new ChunkTag(r.start()));
        assigned.add(r);
    }

    void pruneAssigned(long una) {
        while (!assigned.isEmpty() && assigned.peekFirst().end() <= una) {
            assigned.pollFirst();
        }
    }

    /** Ranges given to this subflow and not data-acknowledged; {@code onlyNew} skips earlier reinjections. */
    List<Range> unacknowledged(long una, boolean onlyNew) {
        List<Range> out = new ArrayList<>();
        for (Range r : assigned) {
            long start = Math.max(r.start(), onlyNew ? Math.max(una, reinjectedUpTo) : una);
            if (start < r.end()) {
                out.add(new Range(start, r.end()));
                reinjectedUpTo = Math.max(reinjectedUpTo, r.end());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ signals

    /** Queues an option for the next pure ACK; false when an equal one is already waiting. */
    boolean queueSignal(MptcpOption option) {
        if (signals.contains(option)) {
            return false;
        }
        signals.add(option);
        requestAck();
        return true;
    }

    /** Makes a pure ACK go out on this subflow soon (same instant, after the current event). */
    void requestAck() {
        if (!gone && !flushTimer.isScheduled()) {
            flushTimer.rescheduleIn(0);
        }
    }

    private void flush() {
        if (!gone && tcp != null) {
            tcp.sendAck();
        }
    }

    /** Marks the subflow backup locally and tells the peer with MP_PRIO (RFC 8684 §3.3.8). */
    void setLocalBackup(boolean backup) {
        if (localBackup == backup) {
            return;
        }
        localBackup = backup;
        queueSignal(new MpPrio(backup));
        conn.trace().subflow(conn.token(), tcp.flow(), Action.PRIORITY_CHANGED,
                (backup ? "backup" : "regular") + " (MP_PRIO sent)");
    }

    /** Closes this subflow with FIN; data already given to it still goes out. */
    void close() {
        if (closing || gone) {
            return;
        }
        closing = true;
        if (tcp.state() != TcpState.CLOSED) {
            tcp.close();
        }
    }

    /** Resets this subflow with MP_TCPRST {@code reason}. */
    void reset(int reason, String why) {
        if (!gone && tcp != null) {
            tcp.abort(List.of(new MpTcpRst(0, reason)), why);
        }
    }

    /** Refuses the handshake: trace, RST with MP_TCPRST "MPTCP-specific error" (RFC 8684 §3.2). */
    void refuse(String reason) {
        conn.trace().subflow(conn.token(), tcp.flow(), Action.REFUSED, reason);
        gone = true;
        tcp.abort(List.of(new MpTcpRst(0, MptcpConstants.RST_MPTCP_ERROR)), reason);
    }

    /** The MPTCP handshake of this subflow completed. */
    void becomeFullyEstablished() {
        if (fullyEstablished) {
            return;
        }
        fullyEstablished = true;
        joinAckTimer.cancel();
        if (!initial && connected) {
            conn.events().subflowUsable(this);
        } else if (initial && active) {
            conn.events().fullyEstablished();
        }
    }

    private void onJoinAckTimer() {
        if (fullyEstablished || gone) {
            return;
        }
        joinAckRetries++;
        if (joinAckRetries > conn.stack().tcp().config().synRetries()) {
            reset(MptcpConstants.RST_MPTCP_ERROR, "MP_JOIN: no 4th ACK after " + joinAckRetries + " ACKs");
            return;
        }
        tcp.sendAck();
        joinAckTimer.rescheduleIn(tcp.rto() << Math.min(joinAckRetries, 6));
    }

    SubflowInfo info() {
        return new SubflowInfo(id, tcp.flow(), initial, backup(), sendable() || (closing && fullyEstablished),
                localId, remoteId);
    }

    // ------------------------------------------------------------------ TcpExtension

    @Override
    public void onAttach(TcpConnection connection) {
        tcp = connection;
        CongestionControl policy;
        if (conn.group() != null) {
            coupled = conn.group().newMember();
            policy = coupled;
        } else {
            policy = conn.stack().tcp().config().congestionControl().create();
        }
        connection.setCongestionControl(new PayloadCounting(policy, OutgoingOptions.dataBudget(false)));
        if (active) {
            conn.trace().subflow(conn.token(), connection.flow(), Action.OPENING,
                    initial ? "MP_CAPABLE" : "MP_JOIN token " + MptcpTrace.hex(remoteToken));
        }
    }

    @Override
    public void addOptions(TcpConnection connection, OutgoingSegment segment, List<TcpOption> out) {
        outgoing.build(segment, out);
    }

    @Override
    public int dataOptionBytes(TcpConnection connection) {
        return conn.isFallback() ? 0 : OutgoingOptions.dataBudget(conn.signalling().piggybackPending());
    }

    @Override
    public boolean onSegment(TcpConnection connection, Packet packet) {
        return incoming.process(packet);
    }

    @Override
    public void onSendSpace(TcpConnection connection) {
        if (!conn.isFallback()) {
            conn.sender().schedule();
        }
    }

    @Override
    public void onRetransmissionTimeout(TcpConnection connection) {
        conn.events().subflowTimedOut(this);
    }

    @Override
    public void onClosed(TcpConnection connection, String reason) {
        ended(reason, true);
    }

    @Override
    public void onReset(TcpConnection connection, String reason) {
        ended(reason + rstDetail, false);
    }

    private void ended(String reason, boolean graceful) {
        boolean wasGone = gone;
        gone = true;
        flushTimer.cancel();
        joinAckTimer.cancel();
        if (coupled != null) {
            conn.group().remove(coupled);
        }
        conn.events().subflowEnded(this, reason, graceful, wasGone);
    }

    // ------------------------------------------------------------------ SocketListener

    @Override
    public void onConnected(StreamSocket socket) {
        connected = true;
        if (initial) {
            conn.events().initialConnected(this);
        } else if (!active) {
            // B answers the MP_JOIN third ACK with the 4th ACK (RFC 8684 §3.2).
            tcp.sendAck();
            conn.events().subflowUsable(this);
        } else if (!fullyEstablished) {
            joinAckTimer.rescheduleIn(tcp.rto());
        }
    }

    @Override
    public void onData(StreamSocket socket, long offset, Payload data) {
        if (conn.isFallback()) {
            conn.events().fallbackData(offset, data);
            return;
        }
        mappings.resolve(offset, data.length(),
                (from, length, streamOffset) -> conn.receiver().offer(streamOffset, Payloads.slice(data, from, length)));
    }

    @Override
    public void onRemoteClosed(StreamSocket socket) {
        if (conn.isFallback()) {
            conn.events().fallbackRemoteClosed();
            return;
        }
        // A subflow FIN closes only the subflow (RFC 8684 §3.3.3); answer with ours.
        close();
        conn.kick();
    }
}
