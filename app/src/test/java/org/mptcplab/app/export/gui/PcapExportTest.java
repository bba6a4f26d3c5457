package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.pcap.PcapReader;
import org.mptcplab.engine.pcap.PcapRecord;
import org.mptcplab.engine.pcap.TsharkRunner;
import org.mptcplab.engine.trace.PacketEvent;

/** pcap export of a recorded run, checked with the engine's reader and with tshark. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PcapExportTest {
    private RecordedRun run;
    @TempDir
    Path dir;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRuns.builtIn("l4lb-mptcp-plain");
    }

    private List<PacketEvent> capturedAt(CapturePoint p) {
        return run.events().stream().filter(e -> e instanceof PacketEvent pe && pe.node().equals(p.node())
                && p.kinds().contains(pe.kind())).map(PacketEvent.class::cast).toList();
    }

    @Test
    void hostsAndTheLoadBalancerAreCapturePointsAndRoutersAreNot() {
        List<String> names = CapturePoint.of(run.topology()).stream().map(CapturePoint::node).toList();

        assertThat(names).contains("lb").anyMatch(n -> n.startsWith("client")).hasSizeGreaterThan(2);
        run.topology().nodes().stream().filter(n -> n.role() == org.mptcplab.app.playback.NodeRole.ROUTER)
                .forEach(n -> assertThat(names).doesNotContain(n.name()));
    }

    @Test
    void everyCaptureHoldsThePacketsOfItsNodeStampedWithTheirSimulatedTimes() throws Exception {
        for (CapturePoint p : CapturePoint.of(run.topology())) {
            Path file = dir.resolve(p.node() + ".pcap");

            long written = PcapExport.write(run.events(), p, file);

            List<PacketEvent> expected = capturedAt(p);
            List<PcapRecord> records = PcapReader.readAll(file);
            assertThat(written).as(p.node()).isEqualTo(expected.size());
            assertThat(records).as(p.node()).hasSize(expected.size());
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).timeNanos()).isEqualTo(expected.get(i).time());
            }
        }
    }

    @Test
    void exportingAllPointsWritesOneFileEachNamedAfterTheNode() throws Exception {
        List<CapturePoint> points = CapturePoint.of(run.topology());

        Map<Path, Long> counts = PcapExport.writeAll(run.events(), points, dir.resolve("plain.pcap"));

        assertThat(counts.keySet()).extracting(f -> f.getFileName().toString())
                .containsExactlyElementsOf(points.stream().map(p -> "plain-" + p.node() + ".pcap").toList());
        for (Map.Entry<Path, Long> e : counts.entrySet()) {
            assertThat(PcapReader.readAll(e.getKey())).hasSize(e.getValue().intValue());
        }
        // The LB forwards every client packet; a backend that no flow hashed to captures nothing.
        assertThat(counts.get(dir.resolve("plain-lb.pcap"))).isPositive();
    }

    @Test
    void tsharkReadsTheClientCaptureWithTheExpectedPacketCountAndSeesTheMptcpJoin() throws Exception {
        TsharkRunner tshark = TsharkRunner.require();
        CapturePoint client = CapturePoint.of(run.topology()).stream().filter(p -> p.node().startsWith("client"))
                .findFirst().orElseThrow();
        Path file = dir.resolve("client.pcap");
        long written = PcapExport.write(run.events(), client, file);

        List<Map<String, String>> frames = tshark.rows(file, List.of(), "",
                List.of("frame.number", "tcp.options.mptcp.subtype"));

        assertThat(frames).hasSize((int) written);
        // Subtype 1 is MP_JOIN (RFC 8684 section 3.2): the second subflow's SYN the LB mis-hashes.
        assertThat(frames).anyMatch(row -> List.of(row.get("tcp.options.mptcp.subtype")
                .split(Pattern.quote(TsharkRunner.AGGREGATOR))).contains("1"));
    }
}
