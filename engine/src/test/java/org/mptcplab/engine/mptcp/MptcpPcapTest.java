package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.net.FaultRule;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.pcap.PcapCaptureSink;
import org.mptcplab.engine.pcap.PcapWriter;
import org.mptcplab.engine.pcap.TsharkRunner;
import org.mptcplab.engine.sim.Time;

/**
 * Acceptance (issue E2): the client's capture of an MPTCP download over two subflows with losses on
 * both dissects cleanly in the real tshark: no malformed packet, a single MPTCP connection, and with
 * mapping analysis on, no data outside a DSS mapping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MptcpPcapTest {
    /** A port no tshark dissector claims, so the random payload is not parsed as, say, HTTP. */
    private static final int PORT = 5201;
    private static final List<String> ANALYSIS = List.of("tcp.analyze_sequence_numbers:TRUE",
            "mptcp.analyze_mptcp:TRUE", "mptcp.analyze_mappings:TRUE", "mptcp.relative_sequence_numbers:TRUE",
            "tcp.check_checksum:TRUE", "ip.check_checksum:TRUE");

    private TsharkRunner tshark;
    private Path capture;
    private List<Map<String, String>> rows;
    private Path dir;
    private final Sink app = new Sink();

    @BeforeAll
    void captureADownloadWithLosses(@TempDir Path tempDir) throws IOException {
        tshark = TsharkRunner.require();
        dir = tempDir;
        capture = dir.resolve("client.pcap");
        Lab lab = new Lab(5, org.mptcplab.engine.net.LinkConfig.of(20_000_000L, Time.millis(5)), false);
        PcapCaptureSink sink = new PcapCaptureSink();
        sink.capture("client", PcapCaptureSink.HOST, PcapWriter.open(capture));
        lab.trace.add(sink);
        // Both subflows reach C1 over the server's eth0: one loss on the initial subflow, two on the joined one.
        PacketMatch data = PacketMatch.hasPayload();
        lab.serverLink1.ba().addFault(FaultRule.dropNth(data.and(PacketMatch.from(Lab.S1)), 20));
        lab.serverLink1.ba().addFault(FaultRule.dropBurst(data.and(PacketMatch.from(Lab.S2)), 10, 2));
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpStack server = lab.mptcp(lab.server, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        server.listen(PORT, sock -> {
            sock.write(400_000);
            sock.close();
            return null;
        });
        client.connect(null, Lab.S1, PORT, app);
        lab.runFor(Time.seconds(3));
        sink.close();
        assertThat(lab.serverLink1.ba().drops().total()).isEqualTo(3);
        rows = tshark.rows(capture, ANALYSIS, "", List.of("frame.number", "tcp.stream", "mptcp.stream",
                "tcp.len", "mptcp.dsn", "_ws.expert.message"));
    }

    @Test
    void theTransferWentOverTwoSubflowsAndArrivedIntact() {
        assertThat(rows.stream().map(r -> r.get("tcp.stream")).distinct()).containsExactlyInAnyOrder("0", "1");
        assertThat(app.received).isEqualTo(400_000);
        assertThat(app.intact()).isTrue();
    }

    /** Checksums (flag A, RFC 8684 §3.3.1) and piggy-backed ADD_ADDRs change every option layout. */
    @Test
    void aTwoWayTransferWithChecksumsAndPiggybackedAddAddrDissectsCleanly() throws IOException {
        Path other = dir.resolve("checksums.pcap");
        Lab lab = new Lab(6, org.mptcplab.engine.net.LinkConfig.of(20_000_000L, Time.millis(5)), false);
        PcapCaptureSink sink = new PcapCaptureSink();
        sink.capture("client", PcapCaptureSink.HOST, PcapWriter.open(other));
        lab.trace.add(sink);
        MptcpConfig config = MptcpConfig.defaults().toBuilder().checksums(true).addAddrMode(AddAddrMode.PIGGYBACK)
                .build();
        MptcpStack client = lab.mptcp(lab.client, config, InKernelPathManager.withoutEndpoints());
        MptcpStack server = lab.mptcp(lab.server, config, new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        server.listen(PORT, sock -> {
            sock.write(100_000);
            sock.close();
            return new Sink();
        });
        Sink downloaded = new Sink();
        MptcpConnection c = client.connect(null, Lab.S1, PORT, downloaded);
        c.write(50_000);
        c.close();
        lab.runFor(Time.seconds(3));
        sink.close();
        assertThat(c.checksums()).isTrue();
        assertThat(downloaded.intact()).isTrue();
        assertThat(downloaded.received).isEqualTo(100_000);
        assertThat(tshark.fields(other, ANALYSIS, "_ws.malformed", List.of("frame.number"))).isEmpty();
        assertThat(tshark.fields(other, ANALYSIS, "tcp.options.mptcp.addaddrtrunchmac && tcp.len > 0",
                List.of("frame.number"))).isNotEmpty();
    }

    @Test
    void noPacketIsMalformed() throws IOException {
        assertThat(tshark.fields(capture, ANALYSIS, "_ws.malformed", List.of("frame.number"))).isEmpty();
    }

    @Test
    void tsharkGroupsBothSubflowsIntoOneMptcpConnection() {
        // The first SYN carries no key yet (MPTCP v1), so tshark links the connection from the SYN/ACK on.
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get("mptcp.stream")).collect(Collectors.toSet()))
                .containsExactly("0");
    }

    /**
     * tshark 4.0 looks every segment up in the mappings, pure ACKs included: a pure ACK whose sequence
     * number lies past the last mapped byte (the server's ADD_ADDR and DATA_FIN ACKs, the FINs) gets
     * "No mapping available" although it carries no data to map. Data segments are what must be covered.
     */
    @Test
    void everyDataSegmentIsCoveredByAMapping() {
        List<Map<String, String>> data = rows.stream().filter(r -> !r.get("tcp.len").equals("0")).toList();
        assertThat(data).hasSizeGreaterThan(250);
        assertThat(data).noneMatch(r -> r.get("_ws.expert.message").contains("No mapping available"));
        assertThat(data).allSatisfy(r -> assertThat(r.get("mptcp.dsn")).isNotEmpty());
    }

    @Test
    void noExpertInfoComplainsAboutTheMptcpOptions() {
        // "4 NOP in a row" is tshark counting the NOP pair before the timestamps and the one after the DSS
        // option, Linux's own layout; anything else about options or MPTCP would be a bug.
        assertThat(rows).extracting(r -> r.get("_ws.expert.message"))
                .noneMatch(m -> m.contains("alformed") || m.contains("echoed key") || m.contains("lgorithm")
                        || m.contains("infinite mapping") || m.contains("Illegal"));
    }
}
