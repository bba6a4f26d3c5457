package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.pcap.TsharkRunner;

/** The tshark half of the catalogue acceptance: captures dissect cleanly and JOINs join the right connection. */
final class PcapChecks {
    static final List<String> ANALYSIS = List.of("tcp.analyze_sequence_numbers:TRUE", "mptcp.analyze_mptcp:TRUE");
    private static final List<String> JOIN_FIELDS = List.of("frame.number", "tcp.flags.syn", "tcp.flags.ack",
            "mptcp.stream", "tcp.options.mptcp.recvtok", "mptcp.expected_token");

    private PcapChecks() {
    }

    /** Every capture in {@code dir} exists for {@code nodes}, and tshark flags no packet as malformed. */
    static void assertDissectClean(Path dir, List<String> nodes) throws IOException {
        TsharkRunner tshark = TsharkRunner.require();
        for (String node : nodes) {
            Path pcap = dir.resolve(node + ".pcap");
            assertThat(pcap).as("capture of %s", node).exists();
            assertThat(tshark.fields(pcap, ANALYSIS, "_ws.malformed", List.of("frame.number")))
                    .as("malformed packets in %s", pcap.getFileName()).isEmpty();
        }
    }

    /**
     * Every MP_JOIN SYN in the capture sits in the same {@code mptcp.stream} as the MP_CAPABLE handshake
     * whose key gives the token it carries; returns the number of JOIN SYNs checked.
     */
    static int assertJoinsInInitialStream(Path pcap) throws IOException {
        TsharkRunner tshark = TsharkRunner.require();
        assertThat(Files.size(pcap)).isPositive();
        List<Map<String, String>> rows = tshark.rows(pcap, ANALYSIS,
                "tcp.options.mptcp.recvtok || mptcp.expected_token", JOIN_FIELDS);
        List<Map<String, String>> joins = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (r.get("tcp.flags.syn").equals("1") && r.get("tcp.flags.ack").equals("0")
                    && !r.get("tcp.options.mptcp.recvtok").isEmpty()) {
                joins.add(r);
            }
        }
        for (Map<String, String> join : joins) {
            String token = join.get("tcp.options.mptcp.recvtok");
            List<String> initialStreams = rows.stream()
                    .filter(r -> List.of(r.get("mptcp.expected_token").split("\\" + TsharkRunner.AGGREGATOR)).contains(token))
                    .map(r -> r.get("mptcp.stream")).distinct().toList();
            assertThat(initialStreams).as("MP_CAPABLE handshake with token %s", token).hasSize(1);
            assertThat(join.get("mptcp.stream")).as("mptcp.stream of the JOIN SYN in frame %s",
                    join.get("frame.number")).isEqualTo(initialStreams.get(0));
        }
        return joins.size();
    }
}
