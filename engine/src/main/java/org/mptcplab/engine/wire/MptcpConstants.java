package org.mptcplab.engine.wire;

/**
 * Every MPTCP v1 wire number in one place (RFC 8684 §3 and §7.2 IANA tables): subtypes, option
 * lengths and flag bits. Byte 2 of each MPTCP option is {@code subtype << 4 | low nibble}.
 */
public final class MptcpConstants {
    /** Protocol version this codec speaks (RFC 8684). */
    public static final int VERSION = 1;

    /** RFC 8684 §3.1. */
    public static final int SUBTYPE_MP_CAPABLE = 0x0;
    /** RFC 8684 §3.2. */
    public static final int SUBTYPE_MP_JOIN = 0x1;
    /** RFC 8684 §3.3. */
    public static final int SUBTYPE_DSS = 0x2;
    /** RFC 8684 §3.4.1. */
    public static final int SUBTYPE_ADD_ADDR = 0x3;
    /** RFC 8684 §3.4.2. */
    public static final int SUBTYPE_REMOVE_ADDR = 0x4;
    /** RFC 8684 §3.3.8. */
    public static final int SUBTYPE_MP_PRIO = 0x5;
    /** RFC 8684 §3.7. */
    public static final int SUBTYPE_MP_FAIL = 0x6;
    /** RFC 8684 §3.5. */
    public static final int SUBTYPE_MP_FASTCLOSE = 0x7;
    /** RFC 8684 §3.6. */
    public static final int SUBTYPE_MP_TCPRST = 0x8;
    /** Subtypes above this decode to {@link UnknownOption}. */
    public static final int MAX_KNOWN_SUBTYPE = SUBTYPE_MP_TCPRST;

    /** MP_CAPABLE on SYN. */
    public static final int LEN_CAPABLE_SYN = 4;
    /** MP_CAPABLE on SYN/ACK: one key. */
    public static final int LEN_CAPABLE_SYNACK = 12;
    /** MP_CAPABLE on the third ACK: both keys. */
    public static final int LEN_CAPABLE_ACK = 20;
    /** MP_CAPABLE on the first data segment: both keys and a data-level length. */
    public static final int LEN_CAPABLE_ACK_DATA = 22;
    /** As {@link #LEN_CAPABLE_ACK_DATA} with the DSS checksum. */
    public static final int LEN_CAPABLE_ACK_DATA_CSUM = 24;

    /** MP_JOIN on SYN. */
    public static final int LEN_JOIN_SYN = 12;
    /** MP_JOIN on SYN/ACK. */
    public static final int LEN_JOIN_SYNACK = 16;
    /** MP_JOIN on the third ACK. */
    public static final int LEN_JOIN_ACK = 24;
    /** Bytes of HMAC in the MP_JOIN third ACK (160 bits). */
    public static final int JOIN_ACK_HMAC_LENGTH = 20;
    /** MP_JOIN flag B: the subflow is a backup. */
    public static final int JOIN_BACKUP = 0x01;

    /** DSS header before its optional fields. */
    public static final int LEN_DSS_BASE = 4;
    /** DSS flag F: DATA_FIN (Wireshark {@code tcp.options.mptcp.datafin.flag}). */
    public static final int DSS_DATA_FIN = 0x10;
    /** DSS flag m: DSN is 8 bytes ({@code tcp.options.mptcp.dseqn8.flag}). */
    public static final int DSS_DSN8 = 0x08;
    /** DSS flag M: mapping present ({@code tcp.options.mptcp.dseqnpresent.flag}). */
    public static final int DSS_MAPPING = 0x04;
    /** DSS flag a: data ACK is 8 bytes ({@code tcp.options.mptcp.dataack8.flag}). */
    public static final int DSS_ACK8 = 0x02;
    /** DSS flag A: data ACK present ({@code tcp.options.mptcp.dataackpresent.flag}). */
    public static final int DSS_ACK = 0x01;

    /** ADD_ADDR flag E: this is an echo. */
    public static final int ADD_ADDR_ECHO = 0x01;
    /** ADD_ADDR: IPv4, no port, with HMAC. */
    public static final int LEN_ADD_ADDR_V4 = 16;
    /** ADD_ADDR: IPv6, no port, with HMAC. */
    public static final int LEN_ADD_ADDR_V6 = 28;
    /** ADD_ADDR: bytes the port adds. */
    public static final int LEN_ADD_ADDR_PORT = 2;
    /** ADD_ADDR: bytes the truncated HMAC adds (absent on echo). */
    public static final int LEN_ADD_ADDR_HMAC = 8;
    /** ADD_ADDR header: kind, length, subtype/E, address id. */
    public static final int LEN_ADD_ADDR_BASE = 4;

    /** REMOVE_ADDR header before the ids. */
    public static final int LEN_REMOVE_ADDR_BASE = 3;
    /** MP_PRIO (v1 has no address id). */
    public static final int LEN_MP_PRIO = 3;
    /** MP_PRIO flag B. */
    public static final int PRIO_BACKUP = 0x01;
    /** MP_FAIL. */
    public static final int LEN_MP_FAIL = 12;
    /** MP_FASTCLOSE. */
    public static final int LEN_MP_FASTCLOSE = 12;
    /** MP_TCPRST. */
    public static final int LEN_MP_TCPRST = 4;

    /** MP_TCPRST flag U: unassigned (RFC 8684 §3.6). */
    public static final int TCPRST_U = 0x08;
    /** MP_TCPRST flag V: unassigned. */
    public static final int TCPRST_V = 0x04;
    /** MP_TCPRST flag W: unassigned. */
    public static final int TCPRST_W = 0x02;
    /** MP_TCPRST flag T: transient error, the subflow may be retried later. */
    public static final int TCPRST_T = 0x01;

    /** MP_TCPRST reason: unspecified error. */
    public static final int RST_UNSPECIFIED = 0x00;
    /** MP_TCPRST reason: MPTCP-specific error. */
    public static final int RST_MPTCP_ERROR = 0x01;
    /** MP_TCPRST reason: lack of resources. */
    public static final int RST_LACK_OF_RESOURCES = 0x02;
    /** MP_TCPRST reason: administratively prohibited. */
    public static final int RST_ADMIN_PROHIBITED = 0x03;
    /** MP_TCPRST reason: too much outstanding data. */
    public static final int RST_TOO_MUCH_OUTSTANDING = 0x04;
    /** MP_TCPRST reason: unacceptable performance. */
    public static final int RST_UNACCEPTABLE_PERFORMANCE = 0x05;
    /** MP_TCPRST reason: middlebox interference. */
    public static final int RST_MIDDLEBOX_INTERFERENCE = 0x06;

    private MptcpConstants() {}

    /** Byte 2 of an MPTCP option. */
    static int subtypeByte(int subtype, int lowNibble) {
        return subtype << 4 | lowNibble;
    }
}
