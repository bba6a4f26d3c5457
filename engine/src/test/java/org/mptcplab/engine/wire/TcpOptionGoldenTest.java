package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.wire.Contexts.ACK;
import static org.mptcplab.engine.wire.Contexts.ACK_DATA;
import static org.mptcplab.engine.wire.Contexts.SYN;
import static org.mptcplab.engine.wire.Contexts.SYN_ACK;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bytes for every option form, checked in both directions (the smoltcp test-macro idea as a
 * parameter table). Every hex string is written by hand from the figures of RFC 9293 §3.1, RFC 7323,
 * RFC 2018 and RFC 8684 §3; none is produced by the code under test. Option blocks are padded to a
 * multiple of 4 with zeros, or with explicit NOPs where Linux writes them.
 */
class TcpOptionGoldenTest {
    private static final TcpOption NOP = new NoOperation();
    private static final long KEY_A = 0x1122334455667788L;
    private static final long KEY_B = 0x99aabbccddeeff00L;
    private static final String KEY_A_HEX = "11 22 33 44 55 66 77 88";
    private static final String KEY_B_HEX = "99 aa bb cc dd ee ff 00";
    private static final String V6_HEX = "20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01";
    private static final String HMAC8_HEX = "01 23 45 67 89 ab cd ef";
    private static final long HMAC8 = 0x0123456789abcdefL;

    static Stream<Arguments> goldens() {
        return Stream.of(
                // --- plain TCP options (RFC 9293 §3.1, RFC 7323, RFC 2018) ---
                golden("EOL at offset 0", "00 00 00 00", ACK, new EndOfOptions()),
                golden("EOL after aligned MSS", "02 04 05 b4 | 00 00 00 00", SYN, new MaxSegmentSize(1460), new EndOfOptions()),
                golden("four NOPs", "01 01 01 01", ACK, NOP, NOP, NOP, NOP),
                golden("MSS 1460", "02 04 05 b4", SYN, new MaxSegmentSize(1460)),
                golden("window scale 7 after NOP", "01 03 03 07", SYN, NOP, new WindowScale(7)),
                golden("window scale 14 zero-padded", "03 03 0e 00", SYN, new WindowScale(14)),
                golden("SACK permitted zero-padded", "04 02 00 00", SYN, new SackPermitted()),
                golden("timestamps", "01 01 08 0a | 00 01 e2 40 | 00 00 00 00", ACK, NOP, NOP, new Timestamps(123456, 0)),
                golden("timestamps with high bits", "01 01 08 0a | ff ff ff fe | 80 00 00 00", ACK,
                        NOP, NOP, new Timestamps(0xfffffffe, 0x80000000)),
                golden("SACK 1 block", "01 01 05 0a | 00 00 03 e8 | 00 00 07 d0", ACK,
                        NOP, NOP, Sack.of(new SackBlock(1000, 2000))),
                golden("SACK 2 blocks", "01 01 05 12 | 00 00 00 01 00 00 00 02 | 00 00 00 03 00 00 00 04", ACK,
                        NOP, NOP, Sack.of(new SackBlock(1, 2), new SackBlock(3, 4))),
                golden("SACK 3 blocks", "01 01 05 1a | 00 00 00 01 00 00 00 02 | 00 00 00 03 00 00 00 04"
                        + "| 00 00 00 05 00 00 00 06", ACK,
                        NOP, NOP, Sack.of(new SackBlock(1, 2), new SackBlock(3, 4), new SackBlock(5, 6))),
                golden("SACK 4 blocks across wrap", "01 01 05 22 | ff ff ff f0 00 00 00 10 | 00 00 00 20 00 00 00 30"
                        + "| 00 00 00 40 00 00 00 50 | 00 00 00 60 00 00 00 70", ACK,
                        NOP, NOP, Sack.of(new SackBlock(-16, 16), new SackBlock(32, 48), new SackBlock(64, 80),
                                new SackBlock(96, 112))),
                golden("unknown kind 34 (TFO cookie)", "22 0a 01 02 03 04 05 06 07 08 | 00 00", SYN,
                        new UnknownOption(34, Hex.bytes("0102030405060708"))),
                golden("unknown kind 254 empty", "fe 02 00 00", ACK, new UnknownOption(254, new byte[0])),
                golden("Linux MPTCP SYN block", "02 04 05 b4 | 04 02 08 0a | 00 00 00 01 | 00 00 00 00 | 01 03 03 07"
                        + "| 1e 04 01 01", SYN,
                        new MaxSegmentSize(1460), new SackPermitted(), new Timestamps(1, 0), NOP, new WindowScale(7),
                        MpCapableSyn.v1(MpCapableFlags.HMAC_SHA256)),

                // --- MP_CAPABLE, RFC 8684 §3.1 ---
                golden("MP_CAPABLE SYN H", "1e 04 01 01", SYN, new MpCapableSyn(1, 0x01)),
                golden("MP_CAPABLE SYN A+H (checksum)", "1e 04 01 81", SYN, new MpCapableSyn(1, 0x81)),
                golden("MP_CAPABLE SYN/ACK C+H", "1e 0c 01 21 | 01 02 03 04 05 06 07 08", SYN_ACK,
                        new MpCapableSynAck(1, 0x21, 0x0102030405060708L)),
                golden("MP_CAPABLE SYN/ACK H", "1e 0c 01 01 | " + KEY_B_HEX, SYN_ACK, new MpCapableSynAck(1, 0x01, KEY_B)),
                golden("MP_CAPABLE ACK", "1e 14 01 01 | " + KEY_A_HEX + " | " + KEY_B_HEX, ACK,
                        new MpCapableAck(1, 0x01, KEY_A, KEY_B)),
                golden("MP_CAPABLE ACK+data, Linux NOPs", "1e 16 01 01 | " + KEY_A_HEX + " | " + KEY_B_HEX + " | 05 dc 01 01",
                        ACK_DATA, new MpCapableAckData(1, 0x01, KEY_A, KEY_B, 1500, OptionalInt.empty()), NOP, NOP),
                golden("MP_CAPABLE ACK+data zero-padded", "1e 16 01 01 | " + KEY_A_HEX + " | " + KEY_B_HEX + " | 00 64 00 00",
                        ACK_DATA, new MpCapableAckData(1, 0x01, KEY_A, KEY_B, 100, OptionalInt.empty())),
                golden("MP_CAPABLE ACK+data+checksum", "1e 18 01 81 | " + KEY_A_HEX + " | " + KEY_B_HEX + " | 05 dc ab cd",
                        ACK_DATA, new MpCapableAckData(1, 0x81, KEY_A, KEY_B, 1500, OptionalInt.of(0xabcd))),

                // --- MP_JOIN, RFC 8684 §3.2 ---
                golden("MP_JOIN SYN", "1e 0c 10 00 | de ad be ef | 01 02 03 04", SYN,
                        new MpJoinSyn(false, 0, 0xdeadbeef, 0x01020304)),
                golden("MP_JOIN SYN backup id 5", "1e 0c 11 05 | de ad be ef | 01 02 03 04", SYN,
                        new MpJoinSyn(true, 5, 0xdeadbeef, 0x01020304)),
                golden("MP_JOIN SYN/ACK", "1e 10 10 02 | " + HMAC8_HEX + " | ca fe ba be", SYN_ACK,
                        new MpJoinSynAck(false, 2, HMAC8, 0xcafebabe)),
                golden("MP_JOIN SYN/ACK backup", "1e 10 11 ff | " + HMAC8_HEX + " | ca fe ba be", SYN_ACK,
                        new MpJoinSynAck(true, 255, HMAC8, 0xcafebabe)),
                golden("MP_JOIN ACK", "1e 18 10 00 | 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13", ACK,
                        new MpJoinAck(Hex.bytes("000102030405060708090a0b0c0d0e0f10111213"))),

                // --- DSS, RFC 8684 §3.3 (flags F m M a A) ---
                golden("DSS empty", "1e 04 20 00", ACK, new Dss(false, OptionalLong.empty(), false, null, false)),
                golden("DSS ack4 only", "1e 08 20 01 | 00 00 10 00", ACK,
                        new Dss(false, OptionalLong.of(4096), false, null, false)),
                golden("DSS ack8 only", "1e 0c 20 03 | 00 00 00 01 00 00 00 00", ACK, Dss.dataAckOnly(0x100000000L)),
                golden("DSS map dsn4, Linux NOPs", "1e 0e 20 04 | 00 00 03 e8 | 00 00 00 01 | 05 a0 | 01 01", ACK_DATA,
                        new Dss(false, OptionalLong.empty(), false, Dss.Mapping.of(1000, 1, 1440), false), NOP, NOP),
                golden("DSS map dsn8 zero-padded", "1e 12 20 0c | 00 00 00 00 00 00 03 e8 | 00 00 00 01 | 05 a0 | 00 00",
                        ACK_DATA, Dss.mappingOnly(1000, 1, 1440)),
                golden("DSS map8 + ack8 (Linux data segment)", "1e 1a 20 0f | 00 00 00 00 00 00 27 10 | 80 00 00 00 00 00 03 e8"
                        + "| 00 00 05 a1 | 05 a0 | 01 01", ACK_DATA,
                        Dss.mapping(0x80000000000003e8L, 1441, 1440, 10000), NOP, NOP),
                golden("DSS map4 + ack4 + checksum", "1e 14 20 05 | 00 00 10 00 | 00 00 03 e8 | 00 00 00 01 | 05 a0 | 12 34",
                        ACK_DATA, new Dss(false, OptionalLong.of(4096), false,
                                new Dss.Mapping(1000, 1, 1440, OptionalInt.of(0x1234)), false)),
                golden("DSS map8 + ack8 + checksum", "1e 1c 20 0f | 00 00 00 00 00 00 27 10 | 00 00 00 00 00 00 03 e8"
                        + "| 00 00 00 01 | 05 a0 | ff ff", ACK_DATA, new Dss(false, OptionalLong.of(10000), true,
                                new Dss.Mapping(1000, 1, 1440, OptionalInt.of(0xffff)), true)),
                golden("DSS DATA_FIN mapping (ssn 0, len 1) + ack8", "1e 1a 20 1f | 00 00 00 00 00 00 27 10"
                        + "| 00 00 00 00 00 00 07 d0 | 00 00 00 00 | 00 01 | 01 01", ACK,
                        Dss.mapping(2000, 0, 1, 10000).withDataFin(), NOP, NOP),
                golden("DSS DATA_FIN with ack8 only", "1e 0c 20 13 | 00 00 00 00 00 00 27 10", ACK,
                        Dss.dataAckOnly(10000).withDataFin()),
                golden("DSS ack4 + map8", "1e 16 20 0d | ff ff ff ff | 00 00 00 00 00 00 00 01 | 00 00 00 01 | 00 0a | 00 00",
                        ACK_DATA, new Dss(false, OptionalLong.of(0xffffffffL), false, Dss.Mapping.of(1, 1, 10), true)),

                // --- ADD_ADDR, RFC 8684 §3.4.1 ---
                golden("ADD_ADDR v4", "1e 10 30 01 | 0b 0c 0d 0e | " + HMAC8_HEX, ACK,
                        AddAddr.announce(1, Ipv4Address.of(11, 12, 13, 14), OptionalInt.empty(), HMAC8)),
                golden("ADD_ADDR v4 + port", "1e 12 30 02 | 05 06 07 08 | 1f 90 | " + HMAC8_HEX + " | 00 00", ACK,
                        AddAddr.announce(2, Ipv4Address.of(5, 6, 7, 8), OptionalInt.of(8080), HMAC8)),
                golden("ADD_ADDR v4 echo", "1e 08 31 01 | 0b 0c 0d 0e", ACK,
                        new AddAddr(true, 1, Ipv4Address.of(11, 12, 13, 14), OptionalInt.empty(), OptionalLong.empty())),
                golden("ADD_ADDR v4 echo + port", "1e 0a 31 02 | 05 06 07 08 | 1f 90 | 01 01", ACK,
                        new AddAddr(true, 2, Ipv4Address.of(5, 6, 7, 8), OptionalInt.of(8080), OptionalLong.empty()),
                        NOP, NOP),
                golden("ADD_ADDR v6", "1e 1c 30 03 | " + V6_HEX + " | " + HMAC8_HEX, ACK,
                        AddAddr.announce(3, IpAddress.parse("2001:db8::1"), OptionalInt.empty(), HMAC8)),
                golden("ADD_ADDR v6 + port", "1e 1e 30 04 | " + V6_HEX + " | 01 bb | " + HMAC8_HEX + " | 00 00", ACK,
                        AddAddr.announce(4, IpAddress.parse("2001:db8::1"), OptionalInt.of(443), HMAC8)),
                golden("ADD_ADDR v6 echo", "1e 14 31 03 | " + V6_HEX, ACK,
                        new AddAddr(true, 3, IpAddress.parse("2001:db8::1"), OptionalInt.empty(), OptionalLong.empty())),
                golden("ADD_ADDR v6 echo + port", "1e 16 31 04 | " + V6_HEX + " | 01 bb | 00 00", ACK,
                        new AddAddr(true, 4, IpAddress.parse("2001:db8::1"), OptionalInt.of(443), OptionalLong.empty())),

                // --- REMOVE_ADDR §3.4.2, MP_PRIO §3.3.8, MP_FAIL §3.7, MP_FASTCLOSE §3.5, MP_TCPRST §3.6 ---
                golden("REMOVE_ADDR 1 id", "1e 04 40 05", ACK, RemoveAddr.of(5)),
                golden("REMOVE_ADDR 3 ids", "1e 06 40 01 02 03 | 00 00", ACK, RemoveAddr.of(1, 2, 3)),
                golden("MP_PRIO B=0", "1e 03 50 00", ACK, new MpPrio(false)),
                golden("MP_PRIO B=1 after NOP", "01 1e 03 51", ACK, NOP, new MpPrio(true)),
                golden("MP_FAIL", "1e 0c 60 00 | 00 00 00 00 00 01 00 00", ACK, new MpFail(0x10000L)),
                golden("MP_FASTCLOSE", "1e 0c 70 00 | " + KEY_B_HEX, ACK, new MpFastclose(KEY_B)),
                golden("MP_TCPRST T, middlebox interference", "1e 04 81 06", ACK,
                        new MpTcpRst(MptcpConstants.TCPRST_T, MptcpConstants.RST_MIDDLEBOX_INTERFERENCE)),
                golden("MP_TCPRST no flags, unspecified", "1e 04 80 00", ACK, new MpTcpRst(0, 0)),
                golden("MP_TCPRST all flags, admin prohibited", "1e 04 8f 03", ACK, new MpTcpRst(0x0f, 3)),
                golden("unknown MPTCP subtype 0xf", "1e 04 f0 12", ACK, new UnknownOption(30, Hex.bytes("f012"))),
                golden("unknown MPTCP subtype 9 with data", "1e 06 90 00 aa bb | 00 00", ACK,
                        new UnknownOption(30, Hex.bytes("9000aabb"))));
    }

    private static Arguments golden(String name, String hex, SegmentContext context, TcpOption... options) {
        return Arguments.of(name, hex, context, List.of(options));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void decodesGoldenBytesToTheRecords(String name, String hex, SegmentContext context, List<TcpOption> options) {
        assertThat(TcpOptionCodec.decode(Hex.bytes(hex), context)).isEqualTo(options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void encodesTheRecordsToGoldenBytes(String name, String hex, SegmentContext context, List<TcpOption> options) {
        assertThat(Hex.string(TcpOptionCodec.encode(options))).isEqualTo(Hex.string(Hex.bytes(hex)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void recordLengthsSumToTheUnpaddedBytes(String name, String hex, SegmentContext context, List<TcpOption> options) {
        int sum = options.stream().mapToInt(TcpOption::length).sum();
        assertThat(sum).isBetween(Hex.bytes(hex).length - 3, Hex.bytes(hex).length);
    }
}
