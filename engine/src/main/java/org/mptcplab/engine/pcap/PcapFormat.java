package org.mptcplab.engine.pcap;

/**
 * Constants of the classic pcap file format (libpcap's "savefile" format, as described in
 * draft-ietf-opsawg-pcap): one 24-byte global header, then records of a 16-byte header and the
 * captured bytes.
 */
public final class PcapFormat {
    /** Magic of files whose timestamps carry nanoseconds; the writer always uses it. */
    public static final int MAGIC_NANOS = 0xa1b23c4d;
    /** Magic of files whose timestamps carry microseconds; accepted by the reader. */
    public static final int MAGIC_MICROS = 0xa1b2c3d4;
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 4;
    /** Link type for raw IP: the first nibble of each record says IPv4 or IPv6. */
    public static final int LINKTYPE_RAW = 101;
    /** Default snap length, the value tcpdump and Wireshark use today. */
    public static final int DEFAULT_SNAPLEN = 262_144;
    public static final int GLOBAL_HEADER_LENGTH = 24;
    public static final int RECORD_HEADER_LENGTH = 16;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Largest second count a 32-bit unsigned timestamp field holds. */
    static final long MAX_SECONDS = 0xFFFF_FFFFL;

    private PcapFormat() {}
}
