package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.pcap.HandBuiltMptcpExchange.CLIENT_KEY;
import static org.mptcplab.engine.pcap.HandBuiltMptcpExchange.SERVER_KEY;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.PacketCodec;

/**
 * Acceptance check: a hand-built MPTCP v1 exchange (the ICNP 2017 fix, see
 * {@link HandBuiltMptcpExchange}) written by {@link PcapWriter} dissects cleanly in the real tshark,
 * and tshark's own MPTCP analysis agrees with our token, IDSN, subflow grouping and data sequence
 * numbers. The HMAC values, which tshark does not verify, are compared with values computed by
 * python3 (commands in the comments). The last two tests show the checks do catch a broken capture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MptcpExchangePcapTest {
    /** The preferences that turn on every analysis this test relies on. */
    static final List<String> ANALYSIS = List.of("tcp.analyze_sequence_numbers:TRUE", "mptcp.analyze_mptcp:TRUE",
            "mptcp.analyze_mappings:TRUE", "mptcp.relative_sequence_numbers:TRUE", "ip.check_checksum:TRUE",
            "tcp.check_checksum:TRUE");
    /** Wireshark's expert severities (epan/proto.h): PI_CHAT is informational, e.g. "SYN seen". */
    private static final long PI_CHAT = 0x00200000L;
    private static final String CHECKSUM_GOOD = "1";
    private static final String CHECKSUM_BAD = "0";
    private static final List<String> FIELDS = List.of("frame.number", "tcp.stream", "tcp.len", "mptcp.stream",
            "ip.checksum.status", "tcp.checksum.status", "mptcp.expected_token", "mptcp.expected_idsn",
            "tcp.options.mptcp.recvtok", "tcp.options.mptcp.nomoresubflows.flag", "tcp.options.mptcp.echo",
            "tcp.options.mptcp.ipv4", "tcp.options.mptcp.addaddrtrunchmac", "tcp.options.mptcp.sendtrunchmac",
            "tcp.options.mptcp.sendhmac", "mptcp.dsn", "mptcp.ack", "_ws.expert.severity", "_ws.expert.message");

    private Path dir;
    private TsharkRunner tshark;
    private Path capture;
    private List<Map<String, String>> rows;

    @BeforeAll
    void dissectTheExchange(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        tshark = TsharkRunner.require();
        capture = write(HandBuiltMptcpExchange.packets(), "exchange.pcap", -1);
        rows = tshark.rows(capture, ANALYSIS, "", FIELDS);
    }

    @Test
    void tsharkReadsEveryPacketAndFindsNoneMalformed() throws IOException {
        assertThat(rows).hasSize(HandBuiltMptcpExchange.packets().size());
        assertThat(tshark.fields(capture, ANALYSIS, "_ws.malformed", List.of("frame.number"))).isEmpty();
    }

    @Test
    void everyIpAndTcpChecksumIsGood() {
        assertThat(rows).allSatisfy(row -> {
            String frame = row.get("frame.number");
            assertThat(row.get("ip.checksum.status")).as("frame %s IP", frame).isEqualTo(CHECKSUM_GOOD);
            assertThat(row.get("tcp.checksum.status")).as("frame %s TCP", frame).isEqualTo(CHECKSUM_GOOD);
        });
    }

    /*
     * python3 -c "import hashlib;k=0x5e4fe4b1a5ed0001;h=hashlib.sha256(k.to_bytes(8,'big')).digest();
     *   print(int.from_bytes(h[:4],'big'),int.from_bytes(h[-8:],'big'))"   -> 4065900675 2407597323621477880
     * (client key 0x1c0ffee0d15ea5e5 -> 2656815287 5797412164569502345)
     */
    @Test
    void tsharkDerivesTheSameTokensAndIdsnsFromTheKeys() {
        assertThat(Integer.toUnsignedString(MptcpCrypto.token(SERVER_KEY))).isEqualTo("4065900675");
        assertThat(Integer.toUnsignedString(MptcpCrypto.token(CLIENT_KEY))).isEqualTo("2656815287");
        Map<String, String> synAck = frame(2);
        assertThat(synAck.get("mptcp.expected_token")).isEqualTo("4065900675");
        assertThat(synAck.get("mptcp.expected_idsn")).isEqualTo(Long.toUnsignedString(MptcpCrypto.idsn(SERVER_KEY)));
        Map<String, String> thirdAck = frame(3);
        assertThat(thirdAck.get("mptcp.expected_token")).isEqualTo("2656815287");
        assertThat(thirdAck.get("mptcp.expected_idsn")).isEqualTo(Long.toUnsignedString(MptcpCrypto.idsn(CLIENT_KEY)));
        assertThat(rowWith("tcp.options.mptcp.recvtok").get("tcp.options.mptcp.recvtok")).isEqualTo("4065900675");
    }

    @Test
    void joinSubflowBelongsToTheInitialSubflowsMptcpConnection() {
        // The first SYN carries no key yet, so tshark attaches the connection from the SYN/ACK on.
        String initial = frame(2).get("mptcp.stream");
        assertThat(initial).isNotEmpty();
        assertThat(rows.subList(1, rows.size())).allSatisfy(row ->
                assertThat(row.get("mptcp.stream")).as("frame %s", row.get("frame.number")).isEqualTo(initial));
        // SYN, SYN/ACK, ACK, 4th ACK, then two data segments and their ACKs.
        assertThat(rows).filteredOn(r -> r.get("tcp.stream").equals("1")).hasSize(8);
    }

    @Test
    void tsharkSeesTheCFlagAndTheAddAddrEcho() {
        assertThat(frame(2).get("tcp.options.mptcp.nomoresubflows.flag")).isEqualTo("1");
        assertThat(frame(1).get("tcp.options.mptcp.nomoresubflows.flag")).isEqualTo("0");
        List<Map<String, String>> addAddr = rows.stream()
                .filter(r -> !r.get("tcp.options.mptcp.echo").isEmpty()).toList();
        assertThat(addAddr).extracting(r -> r.get("tcp.options.mptcp.echo")).containsExactly("0", "1");
        assertThat(addAddr).extracting(r -> r.get("tcp.options.mptcp.ipv4")).containsOnly("5.6.7.1");
        // python3 -c "import hmac,hashlib;print(int.from_bytes(hmac.new((0x5e4fe4b1a5ed0001).to_bytes(8,'big')
        //   +(0x1c0ffee0d15ea5e5).to_bytes(8,'big'),bytes([1,5,6,7,1,0,0]),hashlib.sha256).digest()[-8:],'big'))"
        assertThat(addAddr.get(0).get("tcp.options.mptcp.addaddrtrunchmac")).isEqualTo("12168851083625858089");
        assertThat(addAddr.get(1).get("tcp.options.mptcp.addaddrtrunchmac")).isEmpty();
    }

    /*
     * Key-B = server 0x5e4fe4b1a5ed0001, Key-A = client 0x1c0ffee0d15ea5e5, R-B = 0x71727374, R-A = 0x0a0b0c0d:
     * python3 -c "import hmac,hashlib;H=lambda a,b,m:hmac.new(a.to_bytes(8,'big')+b.to_bytes(8,'big'),m,hashlib.sha256).digest();
     *   print(int.from_bytes(H(0x5e4fe4b1a5ed0001,0x1c0ffee0d15ea5e5,bytes.fromhex('717273740a0b0c0d'))[:8],'big'));
     *   print(H(0x1c0ffee0d15ea5e5,0x5e4fe4b1a5ed0001,bytes.fromhex('0a0b0c0d71727374'))[:20].hex())"
     */
    @Test
    void joinHandshakeCarriesTheIndependentlyComputedHmacs() {
        assertThat(rowWith("tcp.options.mptcp.sendtrunchmac").get("tcp.options.mptcp.sendtrunchmac"))
                .isEqualTo("7845558021494962335");
        assertThat(rowWith("tcp.options.mptcp.sendhmac").get("tcp.options.mptcp.sendhmac"))
                .isEqualTo("d721e6951c86b65b6b9b1dd314751c0e5d112b79");
    }

    @Test
    void dataSequenceNumbersStartAtIdsnPlusOneAndContinueAcrossSubflows() {
        // Relative DSN = DSN - IDSN as tshark computes it from the key: a wrong IDSN shows up here.
        // Each entry: subflow, relative DSN, relative data ACK.
        List<Map<String, String>> data = rows.stream().filter(r -> !r.get("tcp.len").equals("0")).toList();
        assertThat(data).extracting(r -> r.get("tcp.stream") + " " + r.get("mptcp.dsn") + " " + r.get("mptcp.ack"))
                .containsExactly("0 1 1", "0 101 1", "1 1 151", "1 201 151");
        List<String> pureAckDataAcks = rows.stream().filter(r -> r.get("tcp.len").equals("0"))
                .map(r -> r.get("mptcp.ack")).filter(a -> !a.isEmpty()).toList();
        assertThat(pureAckDataAcks).containsExactly("101", "151", "151", "201", "501");
    }

    @Test
    void theOnlyExpertInfoAboveChatIsTheKnownUnsupportedAlgorithmQuirk() {
        // tshark 4.0 reports "Unsupported algorithm" when C and H are both set (PROTOCOL.md); nothing else.
        List<String> aboveChat = rows.stream().flatMap(row -> {
            String[] severities = row.get("_ws.expert.severity").split("\\|", -1);
            String[] messages = row.get("_ws.expert.message").split("\\|", -1);
            return IntStream.range(0, severities.length)
                    .filter(i -> !severities[i].isEmpty() && Long.parseLong(severities[i]) > PI_CHAT)
                    .mapToObj(i -> row.get("frame.number") + ": " + messages[i]);
        }).toList();
        assertThat(aboveChat).containsExactly("2: Unsupported algorithm");
    }

    @Test
    void aJoinWithAnotherTokenIsNotGroupedWithTheConnection() throws IOException {
        int wrongToken = MptcpCrypto.token(SERVER_KEY) ^ 1;
        Path broken = write(HandBuiltMptcpExchange.packets(wrongToken), "wrong-token.pcap", -1);
        List<Map<String, String>> brokenRows = tshark.rows(broken, ANALYSIS, "tcp.flags.syn == 1",
                List.of("tcp.stream", "mptcp.stream", "tcp.options.mptcp.recvtok"));
        Map<String, String> joinSyn = brokenRows.stream().filter(r -> r.get("tcp.stream").equals("1")).findFirst()
                .orElseThrow();
        assertThat(joinSyn.get("tcp.options.mptcp.recvtok")).isEqualTo(Integer.toUnsignedString(wrongToken));
        assertThat(joinSyn.get("mptcp.stream")).isNotEqualTo(frame(2).get("mptcp.stream"));
    }

    @Test
    void aCorruptedTcpChecksumIsReportedBad() throws IOException {
        int corruptedFrame = 4;
        Path broken = write(HandBuiltMptcpExchange.packets(), "bad-checksum.pcap", corruptedFrame);
        List<Map<String, String>> brokenRows = tshark.rows(broken, ANALYSIS, "",
                List.of("frame.number", "tcp.checksum.status"));
        assertThat(brokenRows).extracting(r -> r.get("frame.number") + "=" + r.get("tcp.checksum.status"))
                .contains(corruptedFrame + "=" + CHECKSUM_BAD)
                .filteredOn(s -> s.endsWith("=" + CHECKSUM_BAD)).hasSize(1);
    }

    private Map<String, String> frame(int number) {
        return rows.get(number - 1);
    }

    private Map<String, String> rowWith(String field) {
        List<Map<String, String>> matching = rows.stream().filter(r -> !r.get(field).isEmpty()).toList();
        assertThat(matching).as("packets carrying %s", field).hasSize(1);
        return matching.get(0);
    }

    /** Writes the packets; when {@code corruptFrame} is a 1-based frame number, flips its TCP checksum. */
    private Path write(List<HandBuiltMptcpExchange.Captured> packets, String name, int corruptFrame)
            throws IOException {
        Path file = dir.resolve(name);
        try (PcapWriter writer = PcapWriter.open(file)) {
            for (int i = 0; i < packets.size(); i++) {
                byte[] datagram = PacketCodec.encode(packets.get(i).packet());
                if (i + 1 == corruptFrame) {
                    // IPv4 header without options is 20 bytes; the TCP checksum is at offset 16 of the segment.
                    datagram[20 + 16] ^= 0x01;
                }
                writer.write(packets.get(i).timeNanos(), datagram);
            }
        }
        return file;
    }
}
