package org.mptcplab.engine.tcp;

import java.util.List;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;

/**
 * One TCP connection (or MPTCP subflow): the RFC 9293 state, the socket an application uses, and
 * the accessors and hooks MPTCP needs (see the package notes). The work is split: {@link Handshake}
 * opens, {@link SegmentArrival} processes arriving segments, {@link TcpSender} sends, {@link TcpReceiver}
 * reassembles, {@link SegmentWriter} builds packets, {@link ReadQueue} feeds the application.
 * Connections are created by {@link TcpStack#connect} or by a listener.
 *
 * <p>Sequence numbers are kept relative to the ISNs as {@code long}s internally, so no comparison
 * depends on wrap-around; wire numbers are produced only when a segment is built.
 */
public final class TcpConnection implements StreamSocket {
    private static final SocketListener NONE = new SocketListener() { };

    private final TcpStack stack;
    private final IpEndpoint host;
    private final Simulator sim;
    private final TcpConfig config;
    private final FiveTuple flow;
    private final boolean passive;
    private final TcpExtension extension;
    private final SegmentWriter writer;
    private final TcpSender sender;
    private final TcpReceiver receiver;
    private final ReadQueue reads;
    private final Handshake handshake;
    private final SegmentArrival arrival;
    private final Timer delayedAck;
    private final ConnectionTrace trace;
    private final int ownMss;
    private SocketListener listener = NONE;
    private TcpState state = TcpState.CLOSED;
    private Negotiated negotiated;
    private boolean closeRequested;
    /** Set by {@link SegmentArrival}: acknowledge at the end of this segment's processing. */
    boolean ackNow;
    /** Set by {@link SegmentArrival}: acknowledge when the delayed-ACK timer fires. */
    boolean ackDelayed;
    /** The listener's handler, for a passive connection opened through a listening port. */
    AcceptHandler acceptHandler;
    /** End of TIME_WAIT, kept by {@link TcpStack}. */
    long timeWaitUntil;

    TcpConnection(TcpStack stack, FiveTuple flow, boolean passive, int iss, int tsOffset, TcpExtension extension) {
        this.stack = stack;
        this.host = stack.host();
        this.sim = host.simulator();
        this.config = stack.config();
        this.flow = flow;
        this.passive = passive;
        this.extension = extension;
        this.writer = new SegmentWriter(this, host, flow, config.ttl(), tsOffset);
        int mtuMss = host.mtuFor(flow.dst()) - writer.ipHeaderLength() - 20;
        this.ownMss = config.maxSegmentSize() > 0 ? Math.min(config.maxSegmentSize(), mtuMss) : mtuMss;
        this.sender = new TcpSender(this, config, sim, iss, Integer.toUnsignedLong(iss));
        this.receiver = new TcpReceiver(config.receiveBuffer(), this::onInOrder);
        this.reads = new ReadQueue(this, receiver);
        this.handshake = new Handshake(this);
        this.arrival = new SegmentArrival(this);
        this.delayedAck = sim.newTimer(this::onDelayedAck);
        this.trace = new ConnectionTrace(host, flow);
        if (extension != null) {
            extension.onAttach(this);
        }
    }

    // ---------------------------------------------------------------- for applications and MPTCP

    /** The connection as seen from this host: local address and port first. */
    public FiveTuple flow() {
        return flow;
    }

    /** Current RFC 9293 state. */
    public TcpState state() {
        return state;
    }

    /** True for a connection created by a listener (passive open). */
    public boolean isPassive() {
        return passive;
    }

    /** The stack this connection belongs to. */
    public TcpStack stack() {
        return stack;
    }

    /** The attached extension, or null. */
    public TcpExtension extension() {
        return extension;
    }

    /** Options agreed in the handshake, or null before the peer's SYN arrived. */
    public Negotiated negotiated() {
        return negotiated;
    }

    /** Our initial sequence number. */
    public int iss() {
        return sender.iss();
    }

    /** The peer's initial sequence number (meaningful once its SYN arrived). */
    public int irs() {
        return receiver.irs();
    }

    /** Payload bytes per full data segment (MSS minus timestamp and extension option bytes). */
    public int mss() {
        return Math.max(1, sender.mss() - extensionOptionBytes());
    }

    /** Congestion window in bytes. */
    public long cwnd() {
        return sender.cwnd();
    }

    /** Slow-start threshold in bytes. */
    public long ssthresh() {
        return sender.congestionControl().ssthresh();
    }

    /** Smoothed RTT in ns (0 before the first sample). */
    public long srtt() {
        return sender.rtt().srtt();
    }

    /** Current retransmission timeout, backoff included, in ns. */
    public long rto() {
        return sender.rtt().currentRto();
    }

    /** Bytes in flight (RFC 6675 pipe). */
    public long bytesInFlight() {
        return sender.bytesInFlight();
    }

    /** Bytes that could be sent right now under both windows. */
    public long sendSpace() {
        return sender.sendSpace();
    }

    /** Queued bytes not yet sent once. */
    public long unsentBytes() {
        return sender.unsentBytes();
    }

    /** The congestion control policy in use. */
    public CongestionControl congestionControl() {
        return sender.congestionControl();
    }

    /** Replaces the policy (MPTCP installs a coupled one); a running sender keeps its current window. */
    public void setCongestionControl(CongestionControl policy) {
        sender.setCongestionControl(policy);
    }

    /**
     * Queues a chunk of extension data (an MPTCP mapping's bytes). No segment straddles two chunks,
     * and every data segment carrying part of it reports {@code tag} to the extension.
     */
    public void pushChunk(StreamPayload data, Object tag) {
        checkWritable();
        sender.push(data, tag);
        sender.trySend();
    }

    /** Sends a pure ACK now (for example to carry an MPTCP signal). */
    public void sendAck() {
        if (state.synchronizedState() || state == TcpState.SYN_RECEIVED) {
            writer.emit(TcpFlags.ACK, sender.seq(sender.sndNxt()), null, -1, null, 0, false, List.of());
        }
    }

    /** Aborts with a RST carrying {@code rstOptions} (e.g. MP_TCPRST); listener and extension get {@code reason}. */
    public void abort(List<TcpOption> rstOptions, String reason) {
        if (state != TcpState.CLOSED) {
            sendReset(rstOptions);
            die(reason, true);
        }
    }

    // ---------------------------------------------------------------- StreamSocket

    @Override
    public void setListener(SocketListener l) {
        listener = l == null ? NONE : l;
    }

    SocketListener listener() {
        return listener;
    }

    @Override
    public void write(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative write: " + bytes);
        }
        checkWritable();
        if (bytes > 0) {
            sender.write(bytes);
            sender.trySend();
        }
    }

    private void checkWritable() {
        if (closeRequested || state == TcpState.CLOSED || state.localClosed()) {
            throw new IllegalStateException("write on a closed connection " + flow + " (" + state + ")");
        }
    }

    @Override
    public void close() {
        if (closeRequested) {
            return;
        }
        closeRequested = true;
        if (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT) {
            sender.queueFin();
            transition(state == TcpState.ESTABLISHED ? TcpState.FIN_WAIT_1 : TcpState.LAST_ACK, "close");
            sender.trySend();
        }
        // Before the handshake completes the FIN waits for ESTABLISHED; later states are closing already.
    }

    @Override
    public void abort() {
        if (state != TcpState.CLOSED) {
            sendReset(List.of());
            die("aborted by the application", false);
        }
    }

    @Override
    public void setReceivePaused(boolean pause) {
        long windowBefore = receiver.window();
        reads.setPaused(pause);
        // Receiver-side SWS avoidance (RFC 9293 §3.8.6.2.2): announce a window that opened by a full segment.
        if (!pause && state.synchronizedState() && windowBefore < ownMss && receiver.window() >= ownMss) {
            sendAck();
        }
    }

    @Override
    public long localStreamKey() {
        return Integer.toUnsignedLong(sender.iss());
    }

    @Override
    public long remoteStreamKey() {
        return Integer.toUnsignedLong(receiver.irs());
    }

    @Override
    public boolean isConnected() {
        return state.synchronizedState() && state != TcpState.TIME_WAIT;
    }

    @Override
    public long bytesAcked() {
        return sender.bytesAcked();
    }

    @Override
    public long bytesDelivered() {
        return reads.delivered();
    }

    @Override
    public String describe() {
        return flow.toString();
    }

    @Override
    public String toString() {
        return "TcpConnection[" + flow + " " + state + "]";
    }

    // ---------------------------------------------------------------- opening and input

    void openActive() {
        handshake.openActive();
    }

    boolean openPassive(Packet syn) {
        return handshake.openPassive(syn);
    }

    void setNegotiated(Negotiated n) {
        negotiated = n;
        writer.peerTimestamp(n.peerTsVal());
    }

    /** The handshake completed: {@code peerWindow} is the peer's window in bytes. */
    void establish(long peerWindow) {
        handshake.sampleRtt();
        int segment = Math.min(negotiated.peerMss(), ownMss) - (negotiated.timestamps() ? 12 : 0);
        sender.start(Math.max(1, segment), negotiated.sack(), negotiated.sendShift(), peerWindow);
        transition(TcpState.ESTABLISHED, passive ? "handshake ACK received" : "SYN/ACK received");
        if (extension != null) {
            extension.onEstablished(this);
        }
        if (!passive) {
            sendAck();
        } else if (acceptHandler != null) {
            SocketListener accepted = acceptHandler.onAccept(this);
            if (accepted != null) {
                setListener(accepted);
            }
        }
        listener.onConnected(this);
        if (closeRequested && state == TcpState.ESTABLISHED) {
            closeRequested = false;
            close();
        }
        sender.trySend();
    }

    /** A segment for this connection arrived. */
    void receive(Packet packet) {
        if ((extension != null && !extension.onSegment(this, packet)) || state == TcpState.CLOSED) {
            return;
        }
        arrival.process(packet);
        if (state == TcpState.CLOSED) {
            return;
        }
        if (ackNow) {
            sendAck();
        } else if (ackDelayed && !delayedAck.isScheduled()) {
            delayedAck.rescheduleIn(config.delayedAckTimeout());
        }
        ackDelayed = false;
    }

    private void onDelayedAck() {
        if (state.synchronizedState() && receiver.unackedSegments() > 0) {
            sendAck();
        }
    }

    private void onInOrder(long offset, Payload data) {
        reads.onInOrder(offset, data);
    }

    void remoteClosed() {
        reads.remoteClosed();
    }

    /** Called by the writer whenever a segment carrying an ACK leaves. */
    void ackSent() {
        receiver.ackSent();
        delayedAck.cancel();
        ackNow = false;
        ackDelayed = false;
    }

    TcpReceiver receiver() {
        return receiver;
    }

    TcpSender sender() {
        return sender;
    }

    SegmentWriter writer() {
        return writer;
    }

    Handshake handshake() {
        return handshake;
    }

    TcpConfig config() {
        return config;
    }

    int ownMss() {
        return ownMss;
    }

    long now() {
        return sim.now();
    }

    // ---------------------------------------------------------------- output and hooks from the sender

    boolean canSendData() {
        return state.synchronizedState() && state != TcpState.TIME_WAIT;
    }

    int extensionOptionBytes() {
        return extension == null ? 0 : extension.dataOptionBytes(this);
    }

    void transmitData(int seq, Payload payload, long dataOffset, Object tag, long chunkOffset, boolean fin,
            boolean retransmission) {
        int flags = TcpFlags.ACK | (fin ? TcpFlags.FIN : 0);
        writer.emit(flags, seq, payload, dataOffset, tag, chunkOffset, retransmission, List.of());
    }

    private void sendReset(List<TcpOption> options) {
        if (state == TcpState.SYN_SENT && options.isEmpty()) {
            return;
        }
        int flags = TcpFlags.RST | (state == TcpState.SYN_SENT ? 0 : TcpFlags.ACK);
        writer.emit(flags, sender.seq(sender.sndNxt()), null, -1, null, 0, false, options);
    }

    /** Trace port of this connection's host, for the sender's congestion events. */
    ConnectionTrace trace() {
        return trace;
    }

    // ---------------------------------------------------------------- state changes and closing

    void transition(TcpState to, String reason) {
        TcpState from = state;
        state = to;
        trace.stateChanged(from, to, reason);
    }

    /** Our FIN is acknowledged and the peer's FIN received: wait 2*MSL. */
    void enterTimeWait() {
        transition(TcpState.TIME_WAIT, "FIN exchange complete");
        sender.stop();
        delayedAck.cancel();
        stack.timeWait(this, sim.now() + config.timeWait());
        listener.onClosed(this);
        if (extension != null) {
            extension.onClosed(this, "TIME_WAIT");
        }
    }

    /** LAST_ACK acknowledged: the connection is gone. */
    void closedGracefully(String reason) {
        finish(reason);
        listener.onClosed(this);
        if (extension != null) {
            extension.onClosed(this, reason);
        }
    }

    /** TIME_WAIT expired (called lazily by the stack). */
    void expireTimeWait(long expiredAt) {
        finish("2MSL expired at " + Time.format(expiredAt));
    }

    /** The peer reset the connection. */
    void resetByPeer(String reason) {
        die(reason, true);
    }

    /** Too many retransmissions. */
    void timedOut(String reason) {
        die(reason, true);
    }

    private void die(String reason, boolean notifyListener) {
        finish(reason);
        reads.clear();
        if (extension != null) {
            extension.onReset(this, reason);
        }
        if (notifyListener) {
            listener.onReset(this, reason);
        }
    }

    private void finish(String reason) {
        transition(TcpState.CLOSED, reason);
        sender.stop();
        delayedAck.cancel();
        stack.remove(this);
    }
}
