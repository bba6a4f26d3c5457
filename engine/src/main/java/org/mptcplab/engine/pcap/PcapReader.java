package org.mptcplab.engine.pcap;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads classic pcap files of either byte order and either timestamp resolution. Any damage
 * (unknown magic, truncated header or record, a record larger than the snap length) is reported as a
 * {@link PcapFormatException} with the offending offset; a clean end of file ends the records.
 */
public final class PcapReader implements Closeable {
    /** Upper bound on one record, whatever a damaged header claims, so a bad file cannot exhaust memory. */
    private static final int MAX_RECORD = 1 << 24;
    /** First word of a pcapng section header block (the same in both byte orders). */
    private static final int PCAPNG_MAGIC = 0x0A0D0D0A;

    private final InputStream in;
    private final ByteOrder order;
    private final boolean nanos;
    private final int versionMajor;
    private final int versionMinor;
    private final int snapLength;
    private final int linkType;
    private long offset;

    /** Reads and validates the global header; the caller keeps ownership of {@code in}. */
    public PcapReader(InputStream in) throws IOException {
        this.in = Objects.requireNonNull(in, "in");
        ByteBuffer header = readExactly(new byte[PcapFormat.GLOBAL_HEADER_LENGTH], 0, "global header");
        int magic = header.getInt(0);
        if (magic == PcapFormat.MAGIC_NANOS || magic == PcapFormat.MAGIC_MICROS) {
            order = ByteOrder.BIG_ENDIAN;
        } else if (Integer.reverseBytes(magic) == PcapFormat.MAGIC_NANOS
                || Integer.reverseBytes(magic) == PcapFormat.MAGIC_MICROS) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else {
            throw new PcapFormatException(0, String.format("unknown magic 0x%08x", magic)
                    + (magic == PCAPNG_MAGIC ? " (a pcapng file; only classic pcap is read)" : ""));
        }
        header.order(order);
        nanos = header.getInt(0) == PcapFormat.MAGIC_NANOS;
        versionMajor = Short.toUnsignedInt(header.getShort(4));
        versionMinor = Short.toUnsignedInt(header.getShort(6));
        snapLength = header.getInt(16);
        linkType = header.getInt(20);
    }

    /** Reads every record of {@code file}. */
    public static List<PcapRecord> readAll(Path file) throws IOException {
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file));
             PcapReader reader = new PcapReader(stream)) {
            return reader.readAll();
        }
    }

    /** Reads the remaining records in file order. */
    public List<PcapRecord> readAll() throws IOException {
        List<PcapRecord> records = new ArrayList<>();
        for (Optional<PcapRecord> r = next(); r.isPresent(); r = next()) {
            records.add(r.get());
        }
        return records;
    }

    /** The next record, or empty at a clean end of file. */
    public Optional<PcapRecord> next() throws IOException {
        long recordOffset = offset;
        byte[] headerBytes = new byte[PcapFormat.RECORD_HEADER_LENGTH];
        int first = in.read(headerBytes, 0, 1);
        if (first < 0) {
            return Optional.empty();
        }
        ByteBuffer header = readExactly(headerBytes, 1, "record header").order(order);
        long seconds = Integer.toUnsignedLong(header.getInt(0));
        long fraction = Integer.toUnsignedLong(header.getInt(4));
        long captured = Integer.toUnsignedLong(header.getInt(8));
        long original = Integer.toUnsignedLong(header.getInt(12));
        long fractionLimit = nanos ? PcapFormat.NANOS_PER_SECOND : 1_000_000L;
        if (fraction >= fractionLimit) {
            throw new PcapFormatException(recordOffset, "sub-second field " + fraction + " out of range");
        }
        if (captured > Integer.toUnsignedLong(snapLength)) {
            throw new PcapFormatException(recordOffset, "captured length " + captured + " exceeds snap length "
                    + Integer.toUnsignedString(snapLength));
        }
        if (captured > MAX_RECORD) {
            throw new PcapFormatException(recordOffset, "captured length " + captured + " exceeds the "
                    + (MAX_RECORD >> 20) + " MiB this reader accepts for one record");
        }
        if (original < captured || original > Integer.MAX_VALUE) {
            throw new PcapFormatException(recordOffset, "original length " + original + " invalid for captured "
                    + captured);
        }
        byte[] data = readExactly(new byte[(int) captured], 0, "record data").array();
        long timeNanos = seconds * PcapFormat.NANOS_PER_SECOND + (nanos ? fraction : fraction * 1_000L);
        return Optional.of(new PcapRecord(timeNanos, (int) original, data));
    }

    /** True for the nanosecond magic, false for microseconds. */
    public boolean nanosecondResolution() {
        return nanos;
    }

    /** Byte order of the file, as its magic revealed. */
    public ByteOrder byteOrder() {
        return order;
    }

    /** Format major version from the header (2 for every file in use). */
    public int versionMajor() {
        return versionMajor;
    }

    /** Format minor version from the header (4 for every file in use). */
    public int versionMinor() {
        return versionMinor;
    }

    /** Snap length from the header. */
    public int snapLength() {
        return snapLength;
    }

    /** Link type from the header; {@link PcapFormat#LINKTYPE_RAW} for our files. */
    public int linkType() {
        return linkType;
    }

    /** Does not close the stream passed to the constructor (the caller owns it). */
    @Override
    public void close() {
        // Nothing of our own to release; present so the reader fits try-with-resources.
    }

    /**
     * Fills {@code buffer} from {@code alreadyRead} on; the first {@code alreadyRead} bytes were read
     * by the caller. A short read means the file ends inside a header or record.
     */
    private ByteBuffer readExactly(byte[] buffer, int alreadyRead, String what) throws IOException {
        int read = alreadyRead + in.readNBytes(buffer, alreadyRead, buffer.length - alreadyRead);
        if (read < buffer.length) {
            throw new PcapFormatException(offset + read,
                    "truncated " + what + ": " + read + " of " + buffer.length + " bytes");
        }
        offset += buffer.length;
        return ByteBuffer.wrap(buffer);
    }
}
