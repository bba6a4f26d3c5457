package org.mptcplab.engine.wire;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Data Sequence Signal (RFC 8684 §3.3, Figure 9): {@code 1e len 20 flags | [data ACK 4|8] |
 * [DSN 4|8 | subflow seq 4 | data-level length 2 | [checksum 2]]} with flags F (DATA_FIN), m, M,
 * a, A ({@link MptcpConstants}{@code .DSS_*}). Every flag combination round-trips exactly: the
 * 4-versus-8-byte choices are explicit, and values are stored as on the wire (a 4-byte data ACK or
 * DSN is the low 32 bits, 0..2^32-1; expanding it to 64 bits per RFC 8684 §3.3.1 is the stack's job).
 *
 * <p>Linux writes two NOPs after a DSS whose mapping has no checksum, to keep later options aligned;
 * those are separate {@link NoOperation} entries in the option list (see {@link #withLinuxPadding()}).
 * Wireshark: {@code tcp.options.mptcp.rawdataack}, {@code .rawdataseqno}, {@code .subflowseqno},
 * {@code .datalvllen}, {@code .checksum}.
 *
 * @param dataFin flag F
 * @param dataAck data ACK (flag A) if present
 * @param dataAck8 flag a: the data ACK takes 8 bytes; only with a data ACK
 * @param mapping the data sequence mapping (flag M), or null
 * @param dsn8 flag m: the DSN takes 8 bytes; only with a mapping
 */
public record Dss(boolean dataFin, OptionalLong dataAck, boolean dataAck8, Mapping mapping, boolean dsn8)
        implements MptcpOption {

    /**
     * A data sequence mapping (RFC 8684 §3.3.1).
     *
     * @param dsn data sequence number of the first mapped byte (wire value)
     * @param subflowSeq subflow sequence number relative to the subflow ISN (first byte is 1)
     * @param dataLength data-level length, 0..65535
     * @param checksum DSS checksum (0..65535) when checksums are in use
     */
    public record Mapping(long dsn, int subflowSeq, int dataLength, OptionalInt checksum) {
        /** Validates field ranges. */
        public Mapping {
            Check.range("dataLength", dataLength, 0, 0xFFFF);
            Check.notNull("checksum", checksum);
            if (checksum.isPresent()) {
                Check.range("checksum", checksum.getAsInt(), 0, 0xFFFF);
            }
        }

        /** A mapping without checksum. */
        public static Mapping of(long dsn, int subflowSeq, int dataLength) {
            return new Mapping(dsn, subflowSeq, dataLength, OptionalInt.empty());
        }
    }

    /** Validates flag consistency and that 4-byte fields fit in 32 bits. */
    public Dss {
        Check.notNull("dataAck", dataAck);
        if (dataAck8 && dataAck.isEmpty()) {
            throw new IllegalArgumentException("flag a (8-byte data ACK) without a data ACK");
        }
        if (dsn8 && mapping == null) {
            throw new IllegalArgumentException("flag m (8-byte DSN) without a mapping");
        }
        if (dataAck.isPresent() && !dataAck8) {
            Check.unsigned32("4-byte data ACK", dataAck.getAsLong());
        }
        if (mapping != null && !dsn8) {
            Check.unsigned32("4-byte DSN", mapping.dsn());
        }
    }

    /** A pure 8-byte data ACK, as Linux sends. */
    public static Dss dataAckOnly(long dataAck) {
        return new Dss(false, OptionalLong.of(dataAck), true, null, false);
    }

    /** An 8-byte DSN mapping without checksum plus an 8-byte data ACK, as Linux sends with data. */
    public static Dss mapping(long dsn, int subflowSeq, int dataLength, long dataAck) {
        return new Dss(false, OptionalLong.of(dataAck), true, Mapping.of(dsn, subflowSeq, dataLength), true);
    }

    /** An 8-byte DSN mapping without checksum and without data ACK. */
    public static Dss mappingOnly(long dsn, int subflowSeq, int dataLength) {
        return new Dss(false, OptionalLong.empty(), false, Mapping.of(dsn, subflowSeq, dataLength), true);
    }

    /** The same option with flag F set. */
    public Dss withDataFin() {
        return new Dss(true, dataAck, dataAck8, mapping, dsn8);
    }

    /** The flags byte: F m M a A. */
    public int flags() {
        return (dataFin ? MptcpConstants.DSS_DATA_FIN : 0) | (dsn8 ? MptcpConstants.DSS_DSN8 : 0)
                | (mapping != null ? MptcpConstants.DSS_MAPPING : 0) | (dataAck8 ? MptcpConstants.DSS_ACK8 : 0)
                | (dataAck.isPresent() ? MptcpConstants.DSS_ACK : 0);
    }

    /** This option followed by two NOPs when it carries a mapping without checksum (Linux layout). */
    public List<TcpOption> withLinuxPadding() {
        if (mapping != null && mapping.checksum().isEmpty()) {
            return List.of(this, new NoOperation(), new NoOperation());
        }
        return List.of(this);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_DSS;
    }

    @Override
    public int length() {
        int length = MptcpConstants.LEN_DSS_BASE;
        if (dataAck.isPresent()) {
            length += dataAck8 ? 8 : 4;
        }
        if (mapping != null) {
            length += (dsn8 ? 8 : 4) + 4 + 2 + (mapping.checksum().isPresent() ? 2 : 0);
        }
        return length;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), 0)).u8(flags());
        if (dataAck.isPresent()) {
            writeNumber(out, dataAck.getAsLong(), dataAck8);
        }
        if (mapping != null) {
            writeNumber(out, mapping.dsn(), dsn8);
            out.u32(mapping.subflowSeq()).u16(mapping.dataLength());
            if (mapping.checksum().isPresent()) {
                out.u16(mapping.checksum().getAsInt());
            }
        }
    }

    private static void writeNumber(WireWriter out, long value, boolean eightBytes) {
        if (eightBytes) {
            out.u64(value);
        } else {
            out.u32((int) value);
        }
    }
}
