package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsharkRunnerTest {

    @Test
    void reportsTheInstalledWiresharkVersion() throws IOException {
        assertThat(TsharkRunner.require().version()).matches("TShark \\(Wireshark\\) \\d+\\.\\d+.*");
    }

    @Test
    void readsOurRawIpLinkTypeAsIpv4(@TempDir Path dir) throws IOException {
        // A bare IPv4 header (protocol 253, reserved for experiments). Checksum by hand: the one's
        // complement sum of the words 4500 0014 0000 4000 40fd 0a00 0001 0102 0304 is 0xd418, so 0x2be7.
        byte[] datagram = HexFormat.of().parseHex("4500001400004000" + "40fd" + "2be7" + "0a000001" + "01020304");
        Path file = dir.resolve("one.pcap");
        try (PcapWriter writer = PcapWriter.open(file)) {
            writer.write(1_000_000_001L, datagram);
        }
        List<String> lines = TsharkRunner.require().fields(file, List.of("ip.check_checksum:TRUE"), "",
                List.of("frame.time_epoch", "ip.src", "ip.dst", "ip.checksum.status", "_ws.col.Protocol"));
        // ip.checksum.status 1 = good (Wireshark's PROTO_CHECKSUM_E_GOOD)
        assertThat(lines).containsExactly("1.000000001\t10.0.0.1\t1.2.3.4\t1\tIPv4");
    }
}
