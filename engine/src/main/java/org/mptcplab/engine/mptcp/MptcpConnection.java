package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.tcp.AcceptHandler;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.Payload;

/**
 * One MPTCP v1 connection (RFC 8684) as an application sees it: a {@link StreamSocket} whose bytes
 * travel over one or more {@link Subflow}s. It owns the keys, the connection-level sender and
 * receiver, address signalling, the coupled congestion control group, and the life cycle: opening,
 * established (or fallen back to plain TCP, §3.7), closed by DATA_FIN exchange, reset by
 * MP_FASTCLOSE or by losing every subflow. Path-manager operations are in {@link PathControl}.
 *
 * <p>Stream keys: the application's bytes are {@code StreamPayload}s keyed, as in plain TCP, by the
 * sender's ISN on the initial subflow, at connection offsets {@code DSN - IDSN - 1}. With that choice a
 * fallback (§3.7) changes neither keys nor offsets.
 */
public final class MptcpConnection implements StreamSocket {
    private static final SocketListener NONE = new SocketListener() { };

    /** Life cycle of the connection. */
    public enum Phase { OPENING, ESTABLISHED, CLOSED }

    private final MptcpStack stack;
    private final boolean passive;
    private final ConnectionKeys keys;
    private final SubflowEvents events;
    private final List<Subflow> subflows = new ArrayList<>();
    private final ConnectionSender sender;
    private final ConnectionReceiver receiver;
    private final Signalling signalling;
    private final PathControl paths;
    private final CoupledGroup group;
    private final Timer kickTimer;
    private SocketListener listener = NONE;
    AcceptHandler acceptHandler;
    private Phase phase = Phase.OPENING;
    private FiveTuple initialFlow;
    private boolean fallback;
    private boolean closeRequested;
    private String endReason = "";

    MptcpConnection(MptcpStack stack, boolean passive, LocalKey localKey) {
        this.stack = stack;
        this.passive = passive;
        this.keys = new ConnectionKeys(localKey);
        this.events = new SubflowEvents(this);
        this.sender = new ConnectionSender(this);
        this.receiver = new ConnectionReceiver(new ConnectionReceiver.Delivery() {
            @Override
            public void data(long offset, Payload data) {
                listener.onData(MptcpConnection.this, offset, data);
            }

            @Override
            public void remoteClosed() {
                listener.onRemoteClosed(MptcpConnection.this);
                kick();
            }
        });
        this.signalling = new Signalling(this, stack.config());
        this.paths = new PathControl(this);
        this.group = stack.config().coupling() == Coupling.LIA ? new CoupledGroup() : null;
        this.kickTimer = stack.host().simulator().newTimer(this::afterEvent);
    }

    // ------------------------------------------------------------------ public view

    /** This host's token for the connection (RFC 8684 §3.2). */
    public int token() {
        return keys.local().token();
    }

    /** This host's key, token and IDSN. */
    public LocalKey localKey() {
        return keys.local();
    }

    /** The peer's key (0 until known). */
    public long remoteKey() {
        return keys.remoteKey();
    }

    /** True once the peer's key arrived (SYN/ACK on the client, third ACK on the server). */
    public boolean remoteKeyKnown() {
        return keys.remoteKnown();
    }

    /** The peer's IDSN (0 until its key is known). */
    public long remoteIdsn() {
        return keys.remoteIdsn();
    }

    /** True on the passive side. */
    public boolean isPassive() {
        return passive;
    }

    /** True when the connection fell back to plain TCP (RFC 8684 §3.7). */
    public boolean isFallback() {
        return fallback;
    }

    /** True when DSS checksums are in use (either side set flag A). */
    public boolean checksums() {
        return stack.config().checksums() || keys.peerChecksums();
    }

    /** Where the connection is in its life. */
    public Phase phase() {
        return phase;
    }

    /** Why the connection closed or was reset (empty while open). */
    public String endReason() {
        return endReason;
    }

    /** The initial subflow's 5-tuple, local first. */
    public FiveTuple initialFlow() {
        return initialFlow;
    }

    /** Path-manager view and actions (open subflows, announce addresses, MP_PRIO, close subflows). */
    public PathControl paths() {
        return paths;
    }

    /** Every subflow ever created, open or not, in creation order. */
    public List<SubflowInfo> allSubflows() {
        List<SubflowInfo> out = new ArrayList<>();
        for (Subflow s : subflows) {
            if (s.tcp() != null) {
                out.add(s.info());
            }
        }
        return out;
    }

    /** The TCP connection under subflow {@code id} (for inspection). */
    public TcpConnection subflowConnection(int id) {
        return subflows.get(id).tcp();
    }

    /** Bytes received more than once at connection level (reinjection, duplication). */
    public long duplicateBytesReceived() {
        return receiver.duplicateBytes();
    }

    /** Bytes queued again on another subflow after a subflow failed or timed out. */
    public long reinjectedBytes() {
        return sender.reinjectedBytes();
    }

    // ------------------------------------------------------------------ StreamSocket

    @Override
    public void setListener(SocketListener l) {
        listener = l == null ? NONE : l;
    }

    @Override
    public void write(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative write: " + bytes);
        }
        if (closeRequested || phase == Phase.CLOSED) {
            throw new IllegalStateException("write on a closed MPTCP connection " + describe());
        }
        if (bytes == 0) {
            return;
        }
        if (fallback) {
            sender.queue().write(bytes);
            events.pushFallback();
        } else {
            sender.write(bytes);
        }
    }

    @Override
    public void close() {
        if (closeRequested || phase == Phase.CLOSED) {
            return;
        }
        closeRequested = true;
        sender.queue().close();
        if (fallback) {
            events.pushFallback();
        } else {
            sender.schedule();
        }
    }

    @Override
    public void abort() {
        if (phase == Phase.CLOSED) {
            return;
        }
        boolean fastclose = !fallback && keys.remoteKnown();
        end("aborted by the application");
        for (Subflow s : subflows) {
            if (!s.gone() && s.tcp() != null) {
                if (fastclose) {
                    // RFC 8684 §3.5: in v1, MP_FASTCLOSE rides on a RST on every subflow.
                    s.tcp().abort(List.of(new MpFastclose(keys.remoteKey())), "MP_FASTCLOSE sent");
                } else {
                    s.tcp().abort();
                }
            }
        }
    }

    @Override
    public void setReceivePaused(boolean paused) {
        if (!fallback) {
            receiver.setPaused(paused);
        }
        for (Subflow s : subflows) {
            if (!s.gone() && s.tcp() != null) {
                s.tcp().setReceivePaused(paused);
            }
        }
    }

    @Override
    public long localStreamKey() {
        return initialTcp().localStreamKey();
    }

    @Override
    public long remoteStreamKey() {
        return initialTcp().remoteStreamKey();
    }

    @Override
    public boolean isConnected() {
        return phase == Phase.ESTABLISHED;
    }

    @Override
    public long bytesAcked() {
        if (fallback) {
            return initialTcp().bytesAcked();
        }
        return Math.min(sender.queue().una(), sender.queue().written());
    }

    @Override
    public long bytesDelivered() {
        return fallback ? initialTcp().bytesDelivered() : receiver.delivered();
    }

    @Override
    public String describe() {
        return "MPTCP " + MptcpTrace.hex(token()) + " " + initialFlow + (fallback ? " (fallback to TCP)" : "");
    }

    @Override
    public String toString() {
        return "MptcpConnection[" + describe() + " " + phase + "]";
    }

    // ------------------------------------------------------------------ package internals

    MptcpStack stack() {
        return stack;
    }

    Simulator simulator() {
        return stack.host().simulator();
    }

    MptcpTrace trace() {
        return stack.trace();
    }

    PathManager pathManager() {
        return stack.pathManager();
    }

    ConnectionSender sender() {
        return sender;
    }

    ConnectionReceiver receiver() {
        return receiver;
    }

    Signalling signalling() {
        return signalling;
    }

    ConnectionKeys keys() {
        return keys;
    }

    SubflowEvents events() {
        return events;
    }

    SocketListener listener() {
        return listener;
    }

    void setPhase(Phase next) {
        phase = next;
    }

    void setFallback() {
        fallback = true;
    }

    CoupledGroup group() {
        return group;
    }

    List<Subflow> subflowList() {
        return subflows;
    }

    TcpConnection initialTcp() {
        return subflows.get(0).tcp();
    }

    /** True while data may be scheduled: established, not fallen back, not closed. */
    boolean dataPhase() {
        return phase == Phase.ESTABLISHED && !fallback;
    }

    Subflow newSubflow(boolean initial, boolean active, int nonce, int remoteToken) {
        Subflow s = new Subflow(this, subflows.size(), initial, active, nonce, remoteToken);
        subflows.add(s);
        return s;
    }

    void setInitialFlow(FiveTuple flow) {
        initialFlow = flow;
    }

    /** Flags of our MP_CAPABLE (see {@link ConnectionKeys#localFlags}). */
    int capableFlags() {
        return ConnectionKeys.localFlags(stack.config(), passive);
    }

    /** The data ACK to send: the peer's DSN of the next byte (or of the DATA_FIN's successor). */
    long dataAckWire() {
        return keys.remoteDsn(receiver.ackOffset());
    }

    /** Address id of a local address: 0 for the initial subflow's, else the host's numbering. */
    public int localAddressId(org.mptcplab.engine.wire.IpAddress address) {
        return initialFlow != null && address.equals(initialFlow.src()) ? 0 : stack.addressId(address);
    }

    /** Largest RTO among live subflows (ADD_ADDR and DATA_FIN timers). */
    long largestRto() {
        long rto = 0;
        for (Subflow s : subflows) {
            if (!s.gone() && s.tcp() != null) {
                rto = Math.max(rto, s.tcp().rto());
            }
        }
        return rto > 0 ? rto : stack.tcp().config().initialRto();
    }

    /** The subflow for signals: the oldest usable non-backup one, else the oldest usable one. */
    Subflow signalSubflow() {
        Subflow fallbackChoice = null;
        for (Subflow s : subflows) {
            if (s.sendable()) {
                if (!s.backup()) {
                    return s;
                }
                if (fallbackChoice == null) {
                    fallbackChoice = s;
                }
            }
        }
        return fallbackChoice;
    }

    /** Runs {@link #afterEvent} once the current event is over (schedule, close checks). */
    void kick() {
        if (phase != Phase.CLOSED && !kickTimer.isScheduled()) {
            kickTimer.rescheduleIn(0);
        }
    }

    private void afterEvent() {
        if (!dataPhase()) {
            return;
        }
        sender.schedule();
        if (sender.queue().finAcked() && receiver.finDelivered()) {
            end("DATA_FIN exchange complete");
            for (Subflow s : subflows) {
                s.close();
            }
            listener.onClosed(this);
        }
    }

    void end(String reason) {
        phase = Phase.CLOSED;
        endReason = reason;
        kickTimer.cancel();
        sender.shutdown();
        signalling.shutdown();
        stack.unregister(this);
    }
}
