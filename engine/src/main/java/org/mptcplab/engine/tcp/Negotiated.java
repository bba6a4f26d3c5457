package org.mptcplab.engine.tcp;

import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.SackPermitted;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.Timestamps;
import org.mptcplab.engine.wire.WindowScale;

/**
 * What the handshake settled: an option is in use only when both SYNs carried it (RFC 2018 §2,
 * RFC 7323 §2.2 and §3.2). A missing MSS option means the RFC 9293 §3.7.1 default.
 *
 * @param peerMss       MSS the peer announced (or the default)
 * @param sack          SACK in use
 * @param timestamps    timestamps in use
 * @param windowScaling window scaling in use (both SYNs carried the option)
 * @param sendShift     shift applied to the peer's window fields (0..14)
 * @param receiveShift  shift applied to the window fields we send
 * @param peerTsVal     the timestamp value in the peer's SYN (0 when absent)
 */
public record Negotiated(int peerMss, boolean sack, boolean timestamps, boolean windowScaling, int sendShift,
        int receiveShift,
        int peerTsVal) {

    /** RFC 7323 §2.3: larger shifts are treated as 14. */
    public static final int MAX_SHIFT = 14;

    /**
     * Reads the peer's SYN (or SYN/ACK) options against what we offer.
     *
     * @param ourShift      the shift we offer, or -1 when we do not offer window scaling
     * @param defaultMss    MSS to assume without the option (536 for IPv4, 1220 for IPv6)
     */
    static Negotiated fromSyn(TcpHeader syn, TcpConfig config, int ourShift, int defaultMss) {
        int mss = defaultMss;
        boolean peerSack = false;
        int peerShift = -1;
        Timestamps ts = null;
        for (TcpOption o : syn.options()) {
            if (o instanceof MaxSegmentSize m) {
                mss = m.mss();
            } else if (o instanceof SackPermitted) {
                peerSack = true;
            } else if (o instanceof WindowScale w) {
                peerShift = Math.min(w.shift(), MAX_SHIFT);
            } else if (o instanceof Timestamps t) {
                ts = t;
            }
        }
        boolean scaling = ourShift >= 0 && peerShift >= 0;
        boolean timestamps = config.timestamps() && ts != null;
        return new Negotiated(mss, config.sack() && peerSack, timestamps, scaling, scaling ? peerShift : 0,
                scaling ? ourShift : 0, timestamps ? ts.tsVal() : 0);
    }

    /** The smallest shift that lets {@code buffer} bytes be advertised in 16 bits, at most 14. */
    static int shiftFor(long buffer) {
        int shift = 0;
        while (shift < MAX_SHIFT && (buffer >> shift) > 0xFFFF) {
            shift++;
        }
        return shift;
    }
}
