package org.mptcplab.engine.tcp;

import java.util.List;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

/**
 * Opening a connection (RFC 9293 §3.5): sending and retransmitting our SYN or SYN/ACK with
 * exponential backoff up to {@code synRetries}, reading the peer's SYN options, and measuring the
 * handshake RTT when nothing had to be retransmitted (Karn).
 */
final class Handshake {
    private final TcpConnection c;
    private long sentAt;
    private boolean retransmitted;
    private int retries;

    Handshake(TcpConnection connection) {
        this.c = connection;
    }

    void openActive() {
        c.transition(TcpState.SYN_SENT, "connect");
        sendSyn(false);
    }

    /** Passive open for {@code syn}; false when the extension refused it. */
    boolean openPassive(Packet syn) {
        TcpExtension extension = c.extension();
        if (extension != null && !extension.onSegment(c, syn)) {
            return false;
        }
        c.transition(TcpState.LISTEN, "SYN received");
        c.receiver().init(syn.tcp().seq());
        negotiate(syn.tcp());
        c.transition(TcpState.SYN_RECEIVED, "SYN received");
        sendSyn(false);
        return true;
    }

    /** Reads the peer's SYN or SYN/ACK options. */
    void negotiate(TcpHeader syn) {
        TcpConfig config = c.config();
        int ourShift = config.windowScaling() ? Negotiated.shiftFor(config.receiveBuffer()) : -1;
        int defaultMss = c.flow().src() instanceof Ipv4Address ? 536 : 1220;
        Negotiated n = Negotiated.fromSyn(syn, config, ourShift, defaultMss);
        c.setNegotiated(n);
    }

    /** Sends our SYN (active) or SYN/ACK (passive, or simultaneous open) and arms the timer. */
    void sendSyn(boolean retransmission) {
        boolean synAck = c.isPassive() || c.state() == TcpState.SYN_RECEIVED;
        sentAt = c.now();
        retransmitted |= retransmission;
        c.writer().emit(synAck ? TcpFlags.SYN | TcpFlags.ACK : TcpFlags.SYN, c.sender().seq(0), null, -1, null, 0,
                retransmission, List.of());
        c.sender().synSent();
        c.sender().armHandshakeTimer();
    }

    /** The retransmission timer fired before the handshake completed. */
    void timeout() {
        TcpState s = c.state();
        if (s != TcpState.SYN_SENT && s != TcpState.SYN_RECEIVED) {
            return;
        }
        retries++;
        int limit = c.config().synRetries();
        if (retries > limit) {
            c.timedOut((s == TcpState.SYN_SENT ? "SYN" : "SYN/ACK") + ": " + limit + " retransmissions without answer");
            return;
        }
        c.sender().rtt().backOff();
        sendSyn(true);
    }

    /** Feeds the handshake RTT to the estimator unless a SYN had to be repeated. */
    void sampleRtt() {
        if (!retransmitted) {
            c.sender().rtt().sample(c.now() - sentAt);
        }
    }
}
