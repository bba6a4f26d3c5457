package org.mptcplab.engine.pcap;

import java.io.IOException;

/**
 * A pcap file that cannot be read: unknown magic, a truncated header or record, or an impossible
 * length. Carries the byte offset where reading failed so a tool can point at the damage.
 */
public final class PcapFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String reason;

    public PcapFormatException(long offset, String reason) {
        super("pcap format error at offset " + offset + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /** Byte offset in the file where the problem was found. */
    public long offset() {
        return offset;
    }

    /** What was wrong, without the offset. */
    public String reason() {
        return reason;
    }
}
