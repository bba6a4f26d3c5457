package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;

/**
 * Reads the data-level part of incoming segments (RFC 8684 §3.3): data ACKs (with the window, which
 * is relative to the data ACK, §3.3.4), mappings into the subflow's {@link MappingTable}, DATA_FIN,
 * and the implicit mapping of MP_CAPABLE with data (§3.1). Short (4-byte) DSNs and data ACKs are
 * expanded against the current state (§3.3.1). Mapping checksums are verified when in use; a
 * mismatch resets the subflow (a simplification of the MP_FAIL procedure of §3.7, which a loss-free
 * simulated wire never triggers).
 */
final class DssReceiver {
    private final Subflow s;

    DssReceiver(Subflow subflow) {
        this.s = subflow;
    }

    void onDss(Dss d, Packet p) {
        MptcpConnection c = s.conn;
        if (d.dataAck().isPresent()) {
            long raw = d.dataAck().getAsLong();
            long wire = d.dataAck8() ? raw : DataSequence.expand(raw, c.keys().localDsn(c.sender().queue().una()));
            long window = (long) p.tcp().window() << s.tcp.negotiated().sendShift();
            if (c.sender().onDataAck(DataSequence.offset(c.localKey().idsn(), wire), window)) {
                c.kick();
            }
        }
        Dss.Mapping m = d.mapping();
        if (m == null) {
            return;
        }
        long dsn = d.dsn8() ? m.dsn() : DataSequence.expand(m.dsn(), c.keys().remoteDsn(c.receiver().ackOffset()));
        long offset = DataSequence.offset(c.remoteIdsn(), dsn);
        if (m.subflowSeq() == 0) {
            if (d.dataFin()) {
                c.events().dataFinReceived(offset, s);
            }
            return;
        }
        int dataLength = m.dataLength() - (d.dataFin() ? 1 : 0);
        if (!checksumOk(m, dsn, p)) {
            return;
        }
        long reference = s.tcp.bytesDelivered();
        long subflowOffset = DataSequence.expand(Integer.toUnsignedLong(m.subflowSeq() - 1), reference);
        s.mappings.add(subflowOffset, offset, dataLength);
        if (d.dataFin()) {
            c.events().dataFinReceived(offset + dataLength, s);
        }
    }

    /** MP_CAPABLE with data: DSN = IDSN + 1 at subflow sequence 1 (RFC 8684 §3.1). */
    void implicitMapping(MpCapableAckData m, Packet p) {
        MptcpConnection c = s.conn;
        if (c.checksums() && m.checksum().isPresent() && p.payloadLength() == m.dataLength()
                && DssChecksum.compute(c.keys().remoteDsn(0), 1, m.dataLength(), p.payload()) != m.checksum().getAsInt()) {
            s.reset(MptcpConstants.RST_MIDDLEBOX_INTERFERENCE, "DSS checksum mismatch");
            return;
        }
        s.mappings.add(0, 0, m.dataLength());
    }

    private boolean checksumOk(Dss.Mapping m, long dsn, Packet p) {
        if (!s.conn.checksums() || m.checksum().isEmpty() || p.payloadLength() != m.dataLength()
                || p.tcp().seq() - s.tcp.irs() != m.subflowSeq()) {
            return true;
        }
        if (DssChecksum.compute(dsn, m.subflowSeq(), m.dataLength(), p.payload()) == m.checksum().getAsInt()) {
            return true;
        }
        s.reset(MptcpConstants.RST_MIDDLEBOX_INTERFERENCE, "DSS checksum mismatch");
        return false;
    }
}
