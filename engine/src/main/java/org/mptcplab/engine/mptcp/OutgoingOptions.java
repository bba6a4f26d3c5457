package org.mptcplab.engine.mptcp;

import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mptcplab.engine.tcp.OutgoingSegment;
import org.mptcplab.engine.tcp.StreamPayload;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.NoOperation;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpConstants;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;

/**
 * The MPTCP options of each segment a subflow sends, laid out as Linux does:
 * <ul>
 *   <li>SYN, SYN/ACK: MP_CAPABLE (v1: no key on the SYN, RFC 8684 §3.1) or MP_JOIN (§3.2);</li>
 *   <li>until the handshake is confirmed, segments at the first sequence number carry MP_CAPABLE with
 *       both keys (with the data-level length when they carry the first data) or the MP_JOIN HMAC;</li>
 *   <li>afterwards a DSS with an 8-byte data ACK and, on data, an 8-byte DSN mapping of exactly the
 *       segment's bytes followed by two NOPs (or the checksum); a DATA_FIN rides on pure ACKs as a
 *       mapping with subflow sequence 0 and length 1 (§3.3.3);</li>
 *   <li>signals (echo, MP_PRIO, REMOVE_ADDR, ADD_ADDR) only on pure ACKs, within the 40-byte option
 *       space; in piggyback mode an unechoed ADD_ADDR on every segment, the data ACK then giving way.</li>
 * </ul>
 */
final class OutgoingOptions {
    private static final int SPACE = TcpConstants.MAX_OPTIONS_LENGTH;
    /** DSS with 8-byte data ACK and 8-byte mapping plus two NOPs (or the checksum). */
    private static final int DSS_FULL = 28;
    /** DSS mapping without data ACK (20) plus an IPv4 ADD_ADDR with HMAC (16). */
    private static final int DSS_WITH_ADD_ADDR = 36;

    private static final NoOperation NOP = new NoOperation();

    private final Subflow s;
    /** Last data ACK sent, reused while it does not change: consecutive segments mostly share it. */
    private OptionalLong lastAck = OptionalLong.empty();

    OutgoingOptions(Subflow subflow) {
        this.s = subflow;
    }

    /** Option bytes to reserve in a full data segment. */
    static int dataBudget(boolean piggyback) {
        return piggyback ? DSS_WITH_ADD_ADDR : DSS_FULL;
    }

    void build(OutgoingSegment seg, List<TcpOption> out) {
        MptcpConnection c = s.conn;
        boolean syn = seg.has(TcpFlags.SYN);
        if (syn && !seg.has(TcpFlags.ACK)) {
            out.add(s.initial ? MpCapableSyn.v1(c.capableFlags())
                    : new MpJoinSyn(s.localBackup, s.localId, s.remoteToken, s.localNonce));
        } else if (syn) {
            if (!c.isFallback()) {
                out.add(s.initial ? MpCapableSynAck.v1(c.capableFlags(), c.localKey().key())
                        : new MpJoinSynAck(s.localBackup, s.localId, c.keys().joinSynAckHmac(s.localNonce, s.remoteNonce),
                                s.localNonce));
            }
        } else if (!c.isFallback() && c.remoteKeyKnown()) {
            if (!s.fullyEstablished && s.active && seg.seq() == s.tcp.iss() + 1) {
                handshakeAck(seg, out);
            } else {
                established(seg, out);
            }
        }
    }

    private void handshakeAck(OutgoingSegment seg, List<TcpOption> out) {
        MptcpConnection c = s.conn;
        if (!s.initial) {
            out.add(new MpJoinAck(c.keys().joinAckHmac(s.localNonce, s.remoteNonce)));
        } else if (seg.payloadLength() > 0 && seg.dataOffset() == 0) {
            int len = seg.payloadLength();
            OptionalInt sum = c.checksums()
                    ? OptionalInt.of(DssChecksum.compute(c.keys().localDsn(0), 1, len, streamBytes(0, len)))
                    : OptionalInt.empty();
            out.add(new MpCapableAckData(MptcpConstants.VERSION, c.capableFlags(), c.localKey().key(), c.remoteKey(),
                    len, sum));
        } else {
            out.add(MpCapableAck.v1(c.capableFlags(), c.localKey().key(), c.remoteKey()));
        }
    }

    private void established(OutgoingSegment seg, List<TcpOption> out) {
        MptcpConnection c = s.conn;
        int len = seg.payloadLength();
        boolean pure = len == 0;
        Dss.Mapping mapping = null;
        boolean dataFin = false;
        if (len > 0 && seg.chunkTag() instanceof ChunkTag tag) {
            long offset = tag.streamOffset() + seg.chunkOffset();
            mapping = mapping(c.keys().localDsn(offset), (int) (seg.dataOffset() + 1), len, streamBytes(offset, len));
        } else if (pure && c.sender().finToSignal()) {
            mapping = mapping(c.keys().localDsn(c.sender().finOffset()), 0, 1, Payload.empty());
            dataFin = true;
        }
        boolean piggyback = c.signalling().piggybackPending();
        OptionalLong ack = piggyback && mapping != null ? OptionalLong.empty() : dataAck(c.dataAckWire());
        Dss dss = new Dss(dataFin, ack, ack.isPresent(), mapping, mapping != null);
        // Same parts as Dss.withLinuxPadding(), without a list per segment.
        out.add(dss);
        if (mapping != null && mapping.checksum().isEmpty()) {
            out.add(NOP);
            out.add(NOP);
        }
        int used = bytes(out);
        if (piggyback) {
            AddAddr a = c.signalling().piggyback();
            if (a != null && padded(used + a.length()) <= SPACE) {
                out.add(a);
                used += a.length();
            }
        }
        if (pure && !s.signals.isEmpty()) {
            int placed = place(out, used);
            if (placed == 0) {
                // A signal too big to share the space with the DSS: send it alone (Linux drops the DSS too).
                out.removeAll(dss.withLinuxPadding());
                place(out, bytes(out));
            }
            if (!s.signals.isEmpty()) {
                s.requestAck();
            }
        }
    }

    private OptionalLong dataAck(long wire) {
        if (lastAck.isEmpty() || lastAck.getAsLong() != wire) {
            lastAck = OptionalLong.of(wire);
        }
        return lastAck;
    }

    private int place(List<TcpOption> out, int used) {
        int placed = 0;
        int total = used;
        for (Iterator<MptcpOption> it = s.signals.iterator(); it.hasNext(); ) {
            MptcpOption o = it.next();
            if (padded(total + o.length()) <= SPACE) {
                out.add(o);
                total += o.length();
                it.remove();
                placed++;
            }
        }
        return placed;
    }

    private Dss.Mapping mapping(long dsn, int subflowSeq, int length, Payload data) {
        OptionalInt sum = s.conn.checksums()
                ? OptionalInt.of(DssChecksum.compute(dsn, subflowSeq, length, data)) : OptionalInt.empty();
        return new Dss.Mapping(dsn, subflowSeq, length, sum);
    }

    private StreamPayload streamBytes(long offset, int length) {
        return new StreamPayload(s.conn.localStreamKey(), offset, length);
    }

    private static int bytes(List<TcpOption> options) {
        int n = 0;
        for (int i = 0, size = options.size(); i < size; i++) {
            n += options.get(i).length();
        }
        return n;
    }

    private static int padded(int n) {
        return (n + 3) & ~3;
    }
}
