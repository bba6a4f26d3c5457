package org.mptcplab.engine.pcap;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a classic pcap file: nanosecond timestamps, {@link PcapFormat#LINKTYPE_RAW}, big-endian.
 *
 * <p>Big-endian is a fixed choice so the same run gives the same bytes on every machine; readers
 * detect the byte order from the magic. The global header is written by the constructor. The caller
 * owns a stream it passes in: {@link #close()} flushes it but leaves it open. Only {@link #open(Path)}
 * creates a file, and that writer closes the file.
 */
public final class PcapWriter implements Closeable {
    private final OutputStream out;
    private final boolean ownsStream;
    private final int snapLength;
    private final ByteBuffer recordHeader = ByteBuffer.allocate(PcapFormat.RECORD_HEADER_LENGTH);
    private boolean closed;

    /** A writer with the default snap length ({@value PcapFormat#DEFAULT_SNAPLEN} bytes). */
    public PcapWriter(OutputStream out) throws IOException {
        this(out, PcapFormat.DEFAULT_SNAPLEN);
    }

    /** A writer that captures at most {@code snapLength} bytes of each datagram. */
    public PcapWriter(OutputStream out, int snapLength) throws IOException {
        this(out, snapLength, false);
    }

    private PcapWriter(OutputStream out, int snapLength, boolean ownsStream) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        if (snapLength <= 0) {
            throw new IllegalArgumentException("snap length must be positive: " + snapLength);
        }
        this.snapLength = snapLength;
        this.ownsStream = ownsStream;
        out.write(globalHeader(snapLength));
    }

    /** Creates (or truncates) {@code file} and returns a writer that closes it on {@link #close()}. */
    public static PcapWriter open(Path file) throws IOException {
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
        try {
            return new PcapWriter(stream, PcapFormat.DEFAULT_SNAPLEN, true);
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** The 24 header bytes a writer with this snap length starts its output with. */
    public static byte[] globalHeader(int snapLength) {
        return ByteBuffer.allocate(PcapFormat.GLOBAL_HEADER_LENGTH)
                .putInt(PcapFormat.MAGIC_NANOS)
                .putShort((short) PcapFormat.VERSION_MAJOR)
                .putShort((short) PcapFormat.VERSION_MINOR)
                .putInt(0) // thiszone: timestamps are already "UTC" (simulation time)
                .putInt(0) // sigfigs: always 0 in practice
                .putInt(snapLength)
                .putInt(PcapFormat.LINKTYPE_RAW)
                .array();
    }

    /** The snap length announced in the header. */
    public int snapLength() {
        return snapLength;
    }

    /**
     * Appends one IP datagram seen at {@code timeNanos} (simulation time). A datagram longer than the
     * snap length is cut; its original length is kept in the record.
     */
    public void write(long timeNanos, byte[] datagram) throws IOException {
        write(timeNanos, datagram, datagram.length);
    }

    /**
     * Appends a datagram whose on-the-wire length was {@code originalLength}; used when only a prefix
     * of the datagram exists as bytes (for example a virtual payload that is not materialised).
     */
    public void write(long timeNanos, byte[] datagram, int originalLength) throws IOException {
        if (closed) {
            throw new IllegalStateException("pcap writer is closed");
        }
        if (timeNanos < 0 || timeNanos / PcapFormat.NANOS_PER_SECOND > PcapFormat.MAX_SECONDS) {
            throw new IllegalArgumentException("timestamp not representable in pcap: " + timeNanos + " ns");
        }
        if (originalLength < datagram.length) {
            throw new IllegalArgumentException(
                    "original length " + originalLength + " shorter than datagram " + datagram.length);
        }
        int captured = Math.min(datagram.length, snapLength);
        recordHeader.clear();
        recordHeader.putInt((int) (timeNanos / PcapFormat.NANOS_PER_SECOND))
                .putInt((int) (timeNanos % PcapFormat.NANOS_PER_SECOND))
                .putInt(captured)
                .putInt(originalLength);
        out.write(recordHeader.array());
        out.write(datagram, 0, captured);
    }

    /** Flushes; closes the stream only when this writer opened it. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
        }
    }
}
