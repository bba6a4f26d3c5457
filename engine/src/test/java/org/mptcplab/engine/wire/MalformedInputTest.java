package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mptcplab.engine.wire.Contexts.ACK;
import static org.mptcplab.engine.wire.Contexts.ACK_DATA;
import static org.mptcplab.engine.wire.Contexts.SYN;
import static org.mptcplab.engine.wire.Contexts.SYN_ACK;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_CHECKSUM;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_LENGTH;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VALUE;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VERSION;
import static org.mptcplab.engine.wire.DecodeException.Reason.TRUNCATED;
import static org.mptcplab.engine.wire.DecodeException.Reason.UNSUPPORTED;
import static org.mptcplab.engine.wire.DecodeException.Reason.WRONG_CONTEXT;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs, each refused with a {@link DecodeException} of the expected reason and offset
 * (and never any other exception). Option blocks are hand-written; datagrams are a valid hand-written
 * SYN (or IPv6 SYN/ACK) with one field changed and, where a later check is the target, checksums
 * repaired by {@link TestChecksums}.
 */
class MalformedInputTest {
    private static final String KEYS = "11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00";
    private static final String HMAC20 = "00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13";

    /** IPv4 SYN: IP 0..19, TCP 20..39, options 40..63 (MSS 40, SACK-perm 44, TS 46, NOP 56, WS 57, MPC 60). */
    private static final String SYN_DATAGRAM = "45 00 00 40 00 00 40 00 40 06 2c b2 0a 00 00 01 01 02 03 04"
            + "9c 40 00 50 01 02 03 04 00 00 00 00 b0 02 fa f0 6f 68 00 00"
            + "02 04 05 b4 04 02 08 0a 00 00 00 01 00 00 00 00 01 03 03 07 1e 04 01 01";
    /** IPv6 SYN/ACK: IP 0..39, TCP 40..59, options 60..75. */
    private static final String V6_DATAGRAM = "6b 81 23 45 00 24 06 40"
            + "20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01 20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02"
            + "00 50 9c 40 a0 b0 c0 d0 01 02 03 05 90 12 10 00 cb 4f 00 00"
            + "02 04 05 a0 1e 0c 01 21 01 02 03 04 05 06 07 08";

    static Stream<Arguments> malformedOptions() {
        return Stream.of(
                option("block not a multiple of 4", "01 01 01", ACK, BAD_LENGTH, 0),
                option("kind without length byte", "01 01 01 02", SYN, TRUNCATED, 3),
                option("length runs past the block", "02 08 05 b4", SYN, TRUNCATED, 1),
                option("length 1", "08 01 00 00", ACK, BAD_LENGTH, 1),
                option("unknown kind with length 0", "fe 00 00 00", ACK, BAD_LENGTH, 1),
                option("MSS length 3 at offset 2", "01 01 02 03 | 05 00 00 00", SYN, BAD_LENGTH, 3),
                option("window scale length 4", "03 04 07 00", SYN, BAD_LENGTH, 1),
                option("SACK permitted length 3", "04 03 00 00", SYN, BAD_LENGTH, 1),
                option("timestamps length 8", "08 08 00 00 00 00 00 00", ACK, BAD_LENGTH, 1),
                option("SACK length 6", "05 06 00 00 00 00 00 00", ACK, BAD_LENGTH, 1),
                option("SACK without blocks", "05 02 00 00", ACK, BAD_LENGTH, 1),
                option("non-zero byte after EOL", "00 00 01 00", ACK, BAD_VALUE, 2),
                option("excess padding after EOL", "02 04 05 b4 | 00 00 00 00 | 00 00 00 00", SYN, BAD_LENGTH, 4),
                option("MPTCP length 2", "1e 02 00 00", ACK, BAD_LENGTH, 1),
                option("MP_CAPABLE length 3", "1e 03 01 00", SYN, BAD_LENGTH, 1),
                option("MP_CAPABLE version 0 (RFC 6824 SYN with key)", "1e 0c 00 81 | " + KEYS.substring(0, 23), SYN,
                        BAD_VERSION, 2),
                option("MP_CAPABLE version 2", "1e 04 02 01", SYN, BAD_VERSION, 2),
                option("MP_CAPABLE length 8", "1e 08 01 01 | 00 00 00 00", ACK, BAD_LENGTH, 1),
                option("MP_CAPABLE SYN form on SYN/ACK", "1e 04 01 01", SYN_ACK, WRONG_CONTEXT, 0),
                option("MP_CAPABLE SYN form on ACK", "01 01 01 01 | 1e 04 01 01", ACK, WRONG_CONTEXT, 4),
                option("MP_CAPABLE SYN/ACK form on SYN", "1e 0c 01 01 | " + KEYS.substring(0, 23), SYN, WRONG_CONTEXT, 0),
                option("MP_CAPABLE ACK form on SYN/ACK", "1e 14 01 01 | " + KEYS, SYN_ACK, WRONG_CONTEXT, 0),
                option("MP_CAPABLE ACK+data form without payload", "1e 16 01 01 | " + KEYS + " | 00 10 00 00", ACK,
                        WRONG_CONTEXT, 0),
                option("MP_JOIN SYN form on ACK", "1e 0c 10 00 | 00 00 00 01 | 00 00 00 02", ACK, WRONG_CONTEXT, 0),
                option("MP_JOIN SYN/ACK form on SYN", "1e 10 10 00 | 00 00 00 00 00 00 00 01 | 00 00 00 02", SYN,
                        WRONG_CONTEXT, 0),
                option("MP_JOIN ACK form on SYN/ACK", "1e 18 10 00 | " + HMAC20, SYN_ACK, WRONG_CONTEXT, 0),
                option("MP_JOIN length 20", "1e 14 10 00 | " + KEYS, ACK, BAD_LENGTH, 1),
                option("MP_JOIN SYN reserved bits", "1e 0c 12 00 | 00 00 00 01 | 00 00 00 02", SYN, BAD_VALUE, 2),
                option("MP_JOIN ACK reserved byte", "1e 18 10 01 | " + HMAC20, ACK, BAD_VALUE, 3),
                option("DSS flag a without A", "1e 04 20 02", ACK, BAD_VALUE, 3),
                option("DSS flag m without M", "1e 04 20 08", ACK, BAD_VALUE, 3),
                option("DSS reserved flag bit", "1e 04 20 20", ACK, BAD_VALUE, 3),
                option("DSS reserved bits after subtype", "1e 04 21 00", ACK, BAD_VALUE, 2),
                option("DSS ack4 with length 12", "1e 0c 20 01 | 00 00 00 00 00 00 00 00", ACK, BAD_LENGTH, 1),
                option("DSS mapping longer than block", "1e 1a 20 0f | 00 00 00 00 00 00 00 00", ACK_DATA, TRUNCATED, 1),
                option("DSS length 3", "1e 03 20 00", ACK, BAD_LENGTH, 1),
                option("ADD_ADDR impossible length 12", "1e 0c 30 01 | 0b 0c 0d 0e | 00 00 00 00", ACK, BAD_LENGTH, 1),
                option("ADD_ADDR echo with an HMAC (length 16)", "1e 10 31 01 | 0b 0c 0d 0e | 01 23 45 67 89 ab cd ef",
                        ACK, BAD_LENGTH, 1),
                option("ADD_ADDR without HMAC but no echo flag", "1e 08 30 01 | 0b 0c 0d 0e", ACK, BAD_LENGTH, 1),
                option("ADD_ADDR reserved bits", "1e 08 33 01 | 0b 0c 0d 0e", ACK, BAD_VALUE, 2),
                option("REMOVE_ADDR with 0 ids", "1e 03 40 00", ACK, BAD_LENGTH, 1),
                option("REMOVE_ADDR reserved bits", "1e 04 41 01", ACK, BAD_VALUE, 2),
                option("MP_PRIO with RFC 6824 address id", "1e 04 51 01", ACK, BAD_LENGTH, 1),
                option("MP_PRIO reserved bits", "1e 03 52 00", ACK, BAD_VALUE, 2),
                option("MP_FAIL length 8", "1e 08 60 00 | 00 00 00 01", ACK, BAD_LENGTH, 1),
                option("MP_FASTCLOSE reserved byte", "1e 0c 70 01 | " + KEYS.substring(0, 23), ACK, BAD_VALUE, 3),
                option("MP_TCPRST length 3", "1e 03 80 00", ACK, BAD_LENGTH, 1));
    }

    static Stream<Arguments> malformedDatagrams() {
        return Stream.of(
                datagram("empty datagram", "", d -> d, TRUNCATED, 0),
                datagram("IP version 5", SYN_DATAGRAM, d -> set(d, 0, 0x55), BAD_VERSION, 0),
                datagram("IPv4 header of 19 bytes", SYN_DATAGRAM, d -> Arrays.copyOf(d, 19), TRUNCATED, 19),
                datagram("IHL 4", SYN_DATAGRAM, d -> set(d, 0, 0x44), BAD_LENGTH, 0),
                datagram("IHL 6 (IPv4 options)", SYN_DATAGRAM, d -> set(d, 0, 0x46), UNSUPPORTED, 0),
                datagram("total length beyond datagram", SYN_DATAGRAM, d -> set(d, 3, 0x41), TRUNCATED, 2),
                datagram("total length short of datagram", SYN_DATAGRAM, d -> set(d, 3, 0x3f), BAD_LENGTH, 2),
                datagram("IPv4 reserved flag", SYN_DATAGRAM, d -> set(d, 6, 0xc0), BAD_VALUE, 6),
                datagram("IPv4 more fragments", SYN_DATAGRAM, d -> set(d, 6, 0x60), UNSUPPORTED, 6),
                datagram("IPv4 fragment offset", SYN_DATAGRAM, d -> set(d, 7, 0x01), UNSUPPORTED, 6),
                datagram("bad IPv4 header checksum", SYN_DATAGRAM, d -> set(d, 11, 0xb3), BAD_CHECKSUM, 10),
                datagram("UDP instead of TCP", SYN_DATAGRAM, d -> TestChecksums.fixIpv4(set(d, 9, 17)), UNSUPPORTED, 9),
                datagram("TCP segment of 10 bytes", SYN_DATAGRAM,
                        d -> TestChecksums.fixIpv4(set(Arrays.copyOf(d, 30), 3, 30)), TRUNCATED, 30),
                datagram("TCP data offset 4", SYN_DATAGRAM, d -> TestChecksums.fixTcp(set(d, 32, 0x42), 20), BAD_LENGTH, 32),
                datagram("TCP data offset 15 beyond segment", SYN_DATAGRAM, d -> TestChecksums.fixTcp(set(d, 32, 0xf2), 20),
                        TRUNCATED, 32),
                datagram("bad TCP checksum", SYN_DATAGRAM, d -> set(d, 37, 0x69), BAD_CHECKSUM, 36),
                datagram("payload byte flipped", SYN_DATAGRAM + " 00 00", d -> TestChecksums.fixIpv4(set(d, 3, 0x42)),
                        BAD_CHECKSUM, 36),
                datagram("MP_CAPABLE SYN form in a SYN/ACK", SYN_DATAGRAM, d -> TestChecksums.fixTcp(set(d, 33, 0x12), 20),
                        WRONG_CONTEXT, 60),
                datagram("window scale length runs past options", SYN_DATAGRAM, d -> TestChecksums.fixTcp(set(d, 58, 0x08), 20),
                        TRUNCATED, 58),
                datagram("IPv6 header of 39 bytes", V6_DATAGRAM, d -> Arrays.copyOf(d, 39), TRUNCATED, 39),
                datagram("IPv6 payload length beyond datagram", V6_DATAGRAM, d -> set(d, 5, 0x25), TRUNCATED, 4),
                datagram("IPv6 payload length short of datagram", V6_DATAGRAM, d -> set(d, 5, 0x23), BAD_LENGTH, 4),
                datagram("IPv6 next header UDP", V6_DATAGRAM, d -> set(d, 6, 17), UNSUPPORTED, 6),
                datagram("bad TCP checksum over IPv6", V6_DATAGRAM, d -> set(d, 56, 0xcc), BAD_CHECKSUM, 56),
                datagram("MP_CAPABLE SYN/ACK form in an IPv6 SYN", V6_DATAGRAM, d -> TestChecksums.fixTcp(set(d, 53, 0x02), 40),
                        WRONG_CONTEXT, 64));
    }

    private static Arguments option(String name, String hex, SegmentContext context,
            DecodeException.Reason reason, int offset) {
        return Arguments.of(name, Hex.bytes(hex), context, reason, offset);
    }

    private static Arguments datagram(String name, String hex, UnaryOperator<byte[]> mutation,
            DecodeException.Reason reason, int offset) {
        return Arguments.of(name, mutation.apply(Hex.bytes(hex)), reason, offset);
    }

    private static byte[] set(byte[] d, int index, int value) {
        d[index] = (byte) value;
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOptions")
    void optionBlockIsRefusedWithReasonAndOffset(String name, byte[] bytes, SegmentContext context,
            DecodeException.Reason reason, int offset) {
        assertRefused(catchThrowable(() -> TcpOptionCodec.decode(bytes, context)), reason, offset);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDatagrams")
    void datagramIsRefusedWithReasonAndOffset(String name, byte[] bytes, DecodeException.Reason reason, int offset) {
        assertRefused(catchThrowable(() -> PacketCodec.decode(bytes)), reason, offset);
    }

    private static void assertRefused(Throwable thrown, DecodeException.Reason reason, int offset) {
        assertThat(thrown).isExactlyInstanceOf(DecodeException.class);
        DecodeException e = (DecodeException) thrown;
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.offset()).isEqualTo(offset);
        assertThat(e.getMessage()).contains(reason.name()).contains("offset " + offset);
    }
}
