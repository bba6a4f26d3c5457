package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void globalHeaderIsNanosecondMagicVersion24RawLinkTypeBigEndian() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(out).close();
        // magic a1b23c4d | major 2 | minor 4 | thiszone 0 | sigfigs 0 | snaplen 262144 = 0x40000 | linktype 101 = 0x65
        assertThat(HEX.formatHex(out.toByteArray()))
                .isEqualTo("a1b23c4d" + "0002" + "0004" + "00000000" + "00000000" + "00040000" + "00000065");
    }

    @Test
    void recordSplitsSimulationTimeIntoSecondsAndNanoseconds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out)) {
            writer.write(1_500_000_123L, new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
        }
        byte[] record = Arrays.copyOfRange(out.toByteArray(), PcapFormat.GLOBAL_HEADER_LENGTH, out.size());
        // 1 s | 500000123 ns = 0x1dcd657b | captured 4 | original 4 | data
        assertThat(HEX.formatHex(record))
                .isEqualTo("00000001" + "1dcd657b" + "00000004" + "00000004" + "deadbeef");
    }

    @Test
    void datagramLongerThanSnapLengthIsCutButKeepsItsOriginalLength() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, 2)) {
            writer.write(0L, new byte[] {1, 2, 3, 4});
        }
        byte[] bytes = out.toByteArray();
        assertThat(HEX.formatHex(bytes, 16, 20)).isEqualTo("00000002");
        assertThat(HEX.formatHex(bytes, PcapFormat.GLOBAL_HEADER_LENGTH, bytes.length))
                .isEqualTo("00000000" + "00000000" + "00000002" + "00000004" + "0102");
    }

    @Test
    void explicitOriginalLengthDescribesAVirtualPayload() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out)) {
            writer.write(7L, new byte[] {9}, 1500);
        }
        assertThat(HEX.formatHex(out.toByteArray(), 24, out.size()))
                .isEqualTo("00000000" + "00000007" + "00000001" + "000005dc" + "09");
    }

    @Test
    void rejectsTimestampsThatPcapCannotHold() throws IOException {
        PcapWriter writer = new PcapWriter(new ByteArrayOutputStream());
        assertThatThrownBy(() -> writer.write(-1L, new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write((PcapFormat.MAX_SECONDS + 1) * PcapFormat.NANOS_PER_SECOND, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeLeavesACallerOwnedStreamOpenAndRefusesFurtherWrites() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PcapWriter writer = new PcapWriter(out);
        writer.close();
        assertThat(closed[0]).isFalse();
        assertThatThrownBy(() -> writer.write(0L, new byte[1])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openCreatesAFileThatStartsWithTheGlobalHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.pcap");
        try (PcapWriter writer = PcapWriter.open(file)) {
            writer.write(1L, new byte[] {0x45});
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 24)).isEqualTo(PcapWriter.globalHeader(PcapFormat.DEFAULT_SNAPLEN));
        assertThat(bytes).hasSize(24 + 16 + 1);
    }
}
