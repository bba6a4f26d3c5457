package org.mptcplab.engine.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.mptcplab.engine.pcap.PcapFormatException;
import org.mptcplab.engine.pcap.PcapReader;
import org.mptcplab.engine.wire.DecodeException;
import org.mptcplab.engine.wire.PacketCodec;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.SegmentContext;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.TcpOptionCodec;

/**
 * Jazzer fuzz targets of the byte-level parsers. The contract under test: bad input ends in the
 * documented, located exception ({@link DecodeException}, {@link PcapFormatException}) and nothing else;
 * good input decodes to values that encode back to the very same bytes (the codecs are canonical).
 *
 * <p>Without {@code JAZZER_FUZZ} each target replays its seed corpus in
 * {@code PacketDecoderFuzzTestInputs/<method>/} as a regression test; docs/hardening.md gives the command
 * for a real fuzzing run.
 */
class PacketDecoderFuzzTest {
    /** Largest TCP option block (RFC 9293 §3.1: data offset 15 leaves 40 bytes). */
    private static final int MAX_OPTIONS = 40;

    @FuzzTest(maxDuration = "5m")
    void datagramDecodesCanonicallyOrIsRefused(byte[] datagram) {
        Packet packet;
        try {
            packet = PacketCodec.decode(datagram);
        } catch (DecodeException refused) {
            assertThat(refused.offset()).isBetween(0, datagram.length);
            return;
        }
        assertThat(PacketCodec.encode(packet)).isEqualTo(datagram);
    }

    @FuzzTest(maxDuration = "5m")
    void optionBlockDecodesCanonicallyOrIsRefused(FuzzedDataProvider data) {
        SegmentContext context = new SegmentContext(data.consumeInt(0, 0xFFF), data.consumeInt(0, 1500));
        byte[] block = data.consumeRemainingAsBytes();
        if (block.length > MAX_OPTIONS || block.length % 4 != 0) {
            return;
        }
        List<TcpOption> options;
        try {
            options = TcpOptionCodec.decode(block, context);
        } catch (DecodeException refused) {
            assertThat(refused.offset()).isBetween(0, block.length);
            return;
        }
        assertThat(TcpOptionCodec.encode(options)).isEqualTo(block);
    }

    @FuzzTest(maxDuration = "5m")
    void pcapReadsOrIsRefused(byte[] file) throws IOException {
        try (PcapReader reader = new PcapReader(new ByteArrayInputStream(file))) {
            long recordBytes = reader.readAll().stream().mapToLong(r -> r.data().length).sum();
            assertThat(recordBytes).isLessThanOrEqualTo(file.length);
        } catch (PcapFormatException refused) {
            assertThat(refused.offset()).isBetween(0L, (long) file.length);
        }
    }
}
