package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.NoOperation;
import org.mptcplab.engine.wire.Sack;
import org.mptcplab.engine.wire.SackBlock;
import org.mptcplab.engine.wire.SackPermitted;
import org.mptcplab.engine.wire.TcpConstants;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.Timestamps;
import org.mptcplab.engine.wire.WindowScale;

/**
 * Lays out TCP options the way Linux does ({@code tcp_options_write}): MSS, then SACK-permitted and
 * timestamps, NOP + window scale; on other segments NOP NOP timestamps, then NOP NOP SACK; the
 * extension's (MPTCP) options last. The 40-byte option space (RFC 9293 §3.1) is shared with the
 * extension first, then timestamps, then as many SACK blocks as still fit.
 */
final class SegmentOptions {
    private static final NoOperation NOP = new NoOperation();
    private static final int MAX = TcpConstants.MAX_OPTIONS_LENGTH;

    private SegmentOptions() {}

    /**
     * Options of a SYN or SYN/ACK.
     *
     * @param wscale shift to offer, or -1 for none
     * @param ts     timestamps to send, or null for none
     */
    static List<TcpOption> handshake(int mss, boolean sackPermitted, Timestamps ts, int wscale, List<TcpOption> ext) {
        int extLength = padded(ext);
        Timestamps timestamps = ts != null && 20 + extLength <= MAX ? ts : null;
        List<TcpOption> out = new ArrayList<>(6 + ext.size());
        out.add(new MaxSegmentSize(mss));
        if (sackPermitted && timestamps != null) {
            out.add(new SackPermitted());
            out.add(timestamps);
        } else if (timestamps != null) {
            out.add(NOP);
            out.add(NOP);
            out.add(timestamps);
        } else if (sackPermitted) {
            out.add(NOP);
            out.add(NOP);
            out.add(new SackPermitted());
        }
        if (wscale >= 0) {
            out.add(NOP);
            out.add(new WindowScale(wscale));
        }
        out.addAll(ext);
        return out;
    }

    /**
     * Options of any other segment: timestamps (or null), SACK blocks as space allows, then {@code ext},
     * appended to {@code out} (empty on entry). The caller reuses {@code out} across segments because the
     * header copies it; a fresh list per segment was one of the largest allocations of a run.
     */
    static void regular(Timestamps ts, List<SackBlock> sacks, List<TcpOption> ext, List<TcpOption> out) {
        if (ts == null && sacks.isEmpty() && ext.isEmpty()) {
            return;
        }
        int used = padded(ext);
        if (ts != null && used + 12 <= MAX) {
            out.add(NOP);
            out.add(NOP);
            out.add(ts);
            used += 12;
        }
        int blocks = Math.min(sacks.size(), (MAX - used - 4) / 8);
        if (blocks > 0) {
            out.add(NOP);
            out.add(NOP);
            out.add(new Sack(sacks.subList(0, blocks)));
        }
        // Indexed: addAll would copy ext into a fresh array first.
        for (int i = 0, size = ext.size(); i < size; i++) {
            out.add(ext.get(i));
        }
    }

    /** Bytes the options take once padded to a multiple of 4. */
    static int padded(List<TcpOption> options) {
        int n = 0;
        for (int i = 0, size = options.size(); i < size; i++) {
            n += options.get(i).length();
        }
        return (n + 3) & ~3;
    }
}
