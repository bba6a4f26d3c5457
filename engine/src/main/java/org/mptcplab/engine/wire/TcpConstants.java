package org.mptcplab.engine.wire;

/** TCP header offsets, option kinds and fixed option lengths (RFC 9293 §3.1, RFC 7323, RFC 2018). */
public final class TcpConstants {
    /** Header length without options. */
    public static final int HEADER_LENGTH = 20;
    /** Most option bytes a header can carry (data offset 15 words). */
    public static final int MAX_OPTIONS_LENGTH = 40;
    /** Offset of the data offset / reserved byte. */
    public static final int DATA_OFFSET = 12;
    /** Offset of the checksum. */
    public static final int CHECKSUM = 16;

    /** End of option list. */
    public static final int KIND_EOL = 0;
    /** No-operation. */
    public static final int KIND_NOP = 1;
    /** Maximum segment size (RFC 9293 §3.2). */
    public static final int KIND_MSS = 2;
    /** Window scale (RFC 7323 §2). */
    public static final int KIND_WINDOW_SCALE = 3;
    /** SACK permitted (RFC 2018 §2). */
    public static final int KIND_SACK_PERMITTED = 4;
    /** SACK blocks (RFC 2018 §3). */
    public static final int KIND_SACK = 5;
    /** Timestamps (RFC 7323 §3). */
    public static final int KIND_TIMESTAMPS = 8;
    /** Multipath TCP (RFC 8684 §3). */
    public static final int KIND_MPTCP = 30;

    /** Length of the MSS option. */
    public static final int LEN_MSS = 4;
    /** Length of the window scale option. */
    public static final int LEN_WINDOW_SCALE = 3;
    /** Length of the SACK-permitted option. */
    public static final int LEN_SACK_PERMITTED = 2;
    /** Length of the timestamps option. */
    public static final int LEN_TIMESTAMPS = 10;
    /** SACK option header before its blocks. */
    public static final int LEN_SACK_BASE = 2;
    /** Bytes per SACK block. */
    public static final int LEN_SACK_BLOCK = 8;
    /** Most SACK blocks that fit in 40 option bytes. */
    public static final int MAX_SACK_BLOCKS = 4;

    private TcpConstants() {}
}
