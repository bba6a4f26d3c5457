package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.Sack;
import org.mptcplab.engine.wire.SackBlock;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.Timestamps;

/**
 * RFC 9293 §3.10.7 "SEGMENT ARRIVES" for one connection in SYN_SENT and in the synchronized states
 * (LISTEN is the stack's), with RFC 5961's challenge ACKs for RSTs and SYNs that are in the window
 * but not exact. It decides what to acknowledge by setting {@link TcpConnection#ackNow} or
 * {@link TcpConnection#ackDelayed}; the connection sends that ACK afterwards unless a data segment
 * already carried it.
 */
final class SegmentArrival {
    private final TcpConnection c;

    SegmentArrival(TcpConnection connection) {
        this.c = connection;
    }

    void process(Packet p) {
        if (c.state() == TcpState.SYN_SENT) {
            synSent(p);
        } else {
            synchronizedOrSynReceived(p);
        }
    }

    /** RFC 9293 §3.10.7.3. */
    private void synSent(Packet p) {
        TcpHeader h = p.tcp();
        boolean ack = h.hasFlag(TcpFlags.ACK);
        if (ack && h.ack() != c.sender().seq(1)) {
            if (!h.hasFlag(TcpFlags.RST)) {
                c.writer().sendResetFor(h.ack());
            }
            return;
        }
        if (h.hasFlag(TcpFlags.RST)) {
            if (ack) {
                c.resetByPeer("connection refused (RST in SYN_SENT)");
            }
            return;
        }
        if (!h.hasFlag(TcpFlags.SYN)) {
            return;
        }
        c.receiver().init(h.seq());
        c.handshake().negotiate(h);
        if (ack) {
            c.writer().updateTsRecent(timestamps(h), 0);
            c.establish(h.window());
        } else {
            c.transition(TcpState.SYN_RECEIVED, "simultaneous open");
            c.handshake().sendSyn(false);
        }
    }

    /** RFC 9293 §3.10.7.4, in its order: sequence check, RST, SYN, ACK, data, FIN. */
    private void synchronizedOrSynReceived(Packet p) {
        TcpHeader h = p.tcp();
        TcpReceiver r = c.receiver();
        int len = p.payloadLength();
        boolean syn = h.hasFlag(TcpFlags.SYN);
        boolean fin = h.hasFlag(TcpFlags.FIN);
        long segRel = r.relative(h.seq());
        long segLen = len + (syn ? 1 : 0) + (fin ? 1 : 0);
        if (c.state() == TcpState.SYN_RECEIVED && syn && !h.hasFlag(TcpFlags.ACK) && segRel == 0) {
            c.handshake().sendSyn(true);
            return;
        }
        if (!acceptable(segRel, segLen, r)) {
            if (!h.hasFlag(TcpFlags.RST)) {
                c.ackNow = true;
            }
            return;
        }
        if (h.hasFlag(TcpFlags.RST)) {
            // RFC 1337: a RST must not cut TIME_WAIT short ("TIME-WAIT assassination").
            if (c.state() != TcpState.TIME_WAIT) {
                reset(segRel, r);
            }
            return;
        }
        if (syn) {
            c.ackNow = true;
            return;
        }
        if (!h.hasFlag(TcpFlags.ACK)) {
            return;
        }
        c.writer().updateTsRecent(timestamps(h), segRel);
        if (c.state() == TcpState.SYN_RECEIVED) {
            if (h.ack() != c.sender().seq(1)) {
                c.writer().sendResetFor(h.ack());
                return;
            }
            c.establish((long) h.window() << c.negotiated().sendShift());
            if (c.state() == TcpState.CLOSED) {
                return;
            }
        }
        if (!acknowledgment(h, segRel, len == 0 && !fin)) {
            return;
        }
        if (c.state() == TcpState.TIME_WAIT) {
            if (fin) {
                c.ackNow = true;
                c.stack().timeWait(c, c.now() + c.config().timeWait());
            }
            return;
        }
        if (len > 0 && c.state().receivesData()) {
            data(p, segRel, r);
        }
        if (fin && c.state() != TcpState.CLOSED) {
            r.noteFin(segRel + len);
        }
        if (r.finReady() && c.state() != TcpState.CLOSED) {
            finReceived(r);
        }
    }

    private static boolean acceptable(long segRel, long segLen, TcpReceiver r) {
        long nxt = r.rcvNxt();
        long wnd = r.window();
        if (segLen == 0) {
            return wnd == 0 ? segRel == nxt : segRel >= nxt && segRel < nxt + wnd;
        }
        if (wnd == 0) {
            return false;
        }
        long last = segRel + segLen - 1;
        return (segRel >= nxt && segRel < nxt + wnd) || (last >= nxt && last < nxt + wnd);
    }

    private void reset(long segRel, TcpReceiver r) {
        if (segRel != r.rcvNxt()) {
            c.ackNow = true;
            return;
        }
        c.resetByPeer(c.state() == TcpState.SYN_RECEIVED ? "RST in SYN_RECEIVED" : "connection reset by peer");
    }

    /** The fifth step: returns false when the segment must not be processed further. */
    private boolean acknowledgment(TcpHeader h, long segRel, boolean pureAck) {
        TcpState s = c.state();
        if (s == TcpState.TIME_WAIT) {
            return true;
        }
        if (!c.sender().onAck(h.ack(), h.window(), segRel, sackBlocks(h), pureAck)) {
            c.ackNow = true;
            return false;
        }
        boolean finAcked = c.sender().finAcked();
        if (s == TcpState.FIN_WAIT_1 && finAcked) {
            c.transition(TcpState.FIN_WAIT_2, "FIN acknowledged");
        } else if (s == TcpState.CLOSING && finAcked) {
            c.enterTimeWait();
        } else if (s == TcpState.LAST_ACK && finAcked) {
            c.closedGracefully("FIN acknowledged");
            return false;
        }
        return c.state() != TcpState.CLOSED;
    }

    private void data(Packet p, long segRel, TcpReceiver r) {
        Payload payload = p.payload();
        long room = r.rcvNxt() + r.window() - segRel;
        if (room < payload.length()) {
            payload = Payloads.slice(payload, 0, (int) Math.max(0, room));
        }
        if (payload.length() == 0) {
            c.ackNow = true;
            return;
        }
        boolean canDelay = r.onData(segRel, payload);
        if (!canDelay || r.hasGaps()) {
            c.ackNow = true;
        } else if (r.countSegment() >= c.config().delayedAckCount()) {
            c.ackNow = true;
        } else {
            c.ackDelayed = true;
        }
    }

    private void finReceived(TcpReceiver r) {
        r.consumeFin();
        c.ackNow = true;
        switch (c.state()) {
            case SYN_RECEIVED, ESTABLISHED -> {
                c.transition(TcpState.CLOSE_WAIT, "FIN received");
                c.remoteClosed();
            }
            case FIN_WAIT_1 -> {
                if (c.sender().finAcked()) {
                    c.remoteClosed();
                    c.enterTimeWait();
                } else {
                    c.transition(TcpState.CLOSING, "FIN received (simultaneous close)");
                    c.remoteClosed();
                }
            }
            case FIN_WAIT_2 -> {
                c.remoteClosed();
                c.enterTimeWait();
            }
            default -> {
                // Later states already consumed the peer's FIN.
            }
        }
    }

    private static Timestamps timestamps(TcpHeader h) {
        for (TcpOption o : h.options()) {
            if (o instanceof Timestamps t) {
                return t;
            }
        }
        return null;
    }

    private static List<SackBlock> sackBlocks(TcpHeader h) {
        List<SackBlock> out = null;
        for (TcpOption o : h.options()) {
            if (o instanceof Sack s) {
                if (out == null) {
                    out = new ArrayList<>(s.blocks());
                } else {
                    out.addAll(s.blocks());
                }
            }
        }
        return out == null ? List.of() : out;
    }
}
