package org.mptcplab.engine.pcap;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One captured datagram read back from a pcap file.
 *
 * @param timeNanos      timestamp in nanoseconds since the file's epoch (simulation t = 0 for our files)
 * @param originalLength length of the datagram on the wire; at least {@code data().length}
 * @param data           the captured bytes (a copy is kept and a copy is handed out)
 */
public record PcapRecord(long timeNanos, int originalLength, byte[] data) {
    public PcapRecord {
        if (timeNanos < 0) {
            throw new IllegalArgumentException("negative timestamp: " + timeNanos);
        }
        if (originalLength < data.length) {
            throw new IllegalArgumentException(
                    "original length " + originalLength + " shorter than captured " + data.length);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** True when the writer cut the datagram at its snap length. */
    public boolean truncated() {
        return originalLength > data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PcapRecord that
                && timeNanos == that.timeNanos
                && originalLength == that.originalLength
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(timeNanos) + originalLength) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PcapRecord[t=" + timeNanos + "ns, orig=" + originalLength + ", data="
                + HexFormat.of().formatHex(data) + "]";
    }
}
