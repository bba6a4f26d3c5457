package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapReaderTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] twoRecordFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out)) {
            writer.write(0L, new byte[] {0x45, 0, 0, 20});
            writer.write(3_000_000_007L, new byte[] {0x60, 1, 2});
        }
        return out.toByteArray();
    }

    @Test
    void readsBackWhatTheWriterWrote() throws IOException {
        PcapReader reader = new PcapReader(new ByteArrayInputStream(twoRecordFile()));
        assertThat(reader.nanosecondResolution()).isTrue();
        assertThat(reader.byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(reader.linkType()).isEqualTo(PcapFormat.LINKTYPE_RAW);
        assertThat(reader.snapLength()).isEqualTo(PcapFormat.DEFAULT_SNAPLEN);
        assertThat(reader.versionMajor()).isEqualTo(2);
        assertThat(reader.versionMinor()).isEqualTo(4);
        assertThat(reader.readAll()).containsExactly(
                new PcapRecord(0L, 4, new byte[] {0x45, 0, 0, 20}),
                new PcapRecord(3_000_000_007L, 3, new byte[] {0x60, 1, 2}));
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.pcap");
        try (PcapWriter writer = PcapWriter.open(file)) {
            writer.write(42L, new byte[] {1, 2, 3});
        }
        assertThat(PcapReader.readAll(file)).containsExactly(new PcapRecord(42L, 3, new byte[] {1, 2, 3}));
    }

    @Test
    void readsLittleEndianMicrosecondFilesAsWrittenByTcpdumpOnX86() throws IOException {
        // d4c3b2a1 = microsecond magic, little-endian; snaplen 65535; linktype 1 (Ethernet);
        // record: 2 s, 250 us, 1 of 60 bytes captured, data 0xff
        byte[] file = HEX.parseHex("d4c3b2a1" + "0200" + "0400" + "00000000" + "00000000" + "ffff0000" + "01000000"
                + "02000000" + "fa000000" + "01000000" + "3c000000" + "ff");
        PcapReader reader = new PcapReader(new ByteArrayInputStream(file));
        assertThat(reader.nanosecondResolution()).isFalse();
        assertThat(reader.byteOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        assertThat(reader.linkType()).isEqualTo(1);
        List<PcapRecord> records = reader.readAll();
        assertThat(records).containsExactly(new PcapRecord(2_000_250_000L, 60, new byte[] {(byte) 0xff}));
        assertThat(records.get(0).truncated()).isTrue();
    }

    @Test
    void unknownMagicIsAFormatErrorAtOffsetZero() {
        byte[] file = twoRecordFileUnchecked();
        file[0] = 0x00;
        assertThatThrownBy(() -> new PcapReader(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(PcapFormatException.class, e -> {
                    assertThat(e.offset()).isZero();
                    assertThat(e.reason()).contains("magic");
                });
    }

    @Test
    void fileCutInsideTheGlobalHeaderIsReportedAsTruncated() {
        byte[] file = Arrays.copyOf(twoRecordFileUnchecked(), 10);
        assertThatThrownBy(() -> new PcapReader(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(PcapFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(10);
                    assertThat(e.reason()).contains("truncated global header");
                });
    }

    @Test
    void fileCutInsideARecordHeaderIsReportedWithItsOffset() throws IOException {
        byte[] full = twoRecordFile();
        int secondRecord = 24 + 16 + 4;
        byte[] file = Arrays.copyOf(full, secondRecord + 5);
        PcapReader reader = new PcapReader(new ByteArrayInputStream(file));
        assertThat(reader.next()).isPresent();
        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(PcapFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(secondRecord + 5);
                    assertThat(e.reason()).contains("truncated record header");
                });
    }

    @Test
    void fileCutInsideRecordDataIsReportedAsTruncated() throws IOException {
        byte[] full = twoRecordFile();
        byte[] file = Arrays.copyOf(full, full.length - 1);
        PcapReader reader = new PcapReader(new ByteArrayInputStream(file));
        assertThat(reader.next()).isPresent();
        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(PcapFormatException.class,
                        e -> assertThat(e.reason()).contains("truncated record data"));
    }

    @Test
    void recordClaimingMoreThanTheSnapLengthIsRejectedBeforeAllocating() throws IOException {
        byte[] file = twoRecordFile();
        // captured-length field of the first record: bytes 24+8 .. 24+11
        file[24 + 8] = 0x7f;
        PcapReader reader = new PcapReader(new ByteArrayInputStream(file));
        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(PcapFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(24);
                    assertThat(e.reason()).contains("exceeds snap length");
                });
    }

    private static byte[] twoRecordFileUnchecked() {
        try {
            return twoRecordFile();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
