package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Whole datagrams against hand-written bytes. The IPv4 header checksum of the SYN was summed by hand
 * (4500+0040+0000+4000+4006+0a00+0001+0102+0304 = d34d, complement 2cb2); every checksum was also
 * computed independently with python3 (RFC 1071 sum over pseudo-header + segment):
 * <pre>
 * def csum(b):
 *     b += b'\0' * (len(b) % 2); s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
 *     while s >> 16: s = (s &amp; 0xffff) + (s >> 16)
 *     return ~s &amp; 0xffff
 * csum(src + dst + b'\0\x06' + len(tcp).to_bytes(2, 'big') + tcp)          # IPv4 pseudo-header
 * csum(src + dst + len(tcp).to_bytes(4, 'big') + b'\0\0\0\x06' + tcp)      # IPv6 pseudo-header
 * </pre>
 * giving 6f68 (SYN), cb4f (IPv6 SYN/ACK), 1268 and 3e75 (data segment).
 */
class PacketGoldenTest {
    private static final Ipv4Address CLIENT = Ipv4Address.of(10, 0, 0, 1);
    private static final Ipv4Address VIP = Ipv4Address.of(1, 2, 3, 4);

    private static final String SYN_HEX = """
            45 00 00 40 00 00 40 00 40 06 2c b2 0a 00 00 01 01 02 03 04
            9c 40 00 50 01 02 03 04 00 00 00 00 b0 02 fa f0 6f 68 00 00
            02 04 05 b4 04 02 08 0a 00 00 00 01 00 00 00 00 01 03 03 07 1e 04 01 01
            """;

    private static Packet synPacket() {
        TcpHeader tcp = new TcpHeader(40000, 80, 0x01020304, 0, TcpFlags.SYN, 64240, 0, List.of(
                new MaxSegmentSize(1460), new SackPermitted(), new Timestamps(1, 0), new NoOperation(),
                new WindowScale(7), MpCapableSyn.v1(MpCapableFlags.HMAC_SHA256)));
        return new Packet(Ipv4Header.tcp(CLIENT, VIP, 64), tcp, Payload.empty());
    }

    private static final String V6_SYNACK_HEX = """
            6b 81 23 45 00 24 06 40
            20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01
            20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02
            00 50 9c 40 a0 b0 c0 d0 01 02 03 05 90 12 10 00 cb 4f 00 00
            02 04 05 a0 1e 0c 01 21 01 02 03 04 05 06 07 08
            """;

    private static Packet v6SynAckPacket() {
        Ipv6Header ip = new Ipv6Header(0xb8, 0x12345, IpConstants.PROTO_TCP, 64,
                Ipv6Address.parse("2001:db8::1"), Ipv6Address.parse("2001:db8::2"));
        TcpHeader tcp = new TcpHeader(80, 40000, 0xa0b0c0d0, 0x01020305, TcpFlags.SYN | TcpFlags.ACK, 4096, 0,
                List.of(new MaxSegmentSize(1440), MpCapableSynAck.v1(0x21, 0x0102030405060708L)));
        return new Packet(ip, tcp, Payload.empty());
    }

    private static final String DATA_HEX = """
            45 00 00 55 12 34 40 00 40 06 12 68 0a 00 00 01 05 06 07 01
            9c 40 00 50 01 02 03 05 a0 b0 c0 d1 f0 18 02 00 3e 75 00 00
            01 01 08 0a 00 00 00 02 00 00 00 01
            1e 1a 20 0f 00 00 00 00 00 00 27 10 00 00 00 00 00 00 03 e8 00 00 00 01 00 05 01 01
            68 65 6c 6c 6f
            """;

    private static Packet dataPacket() {
        Ipv4Header ip = new Ipv4Header(0, 0x1234, true, 64, IpConstants.PROTO_TCP, CLIENT, Ipv4Address.of(5, 6, 7, 1));
        TcpHeader tcp = new TcpHeader(40000, 80, 0x01020305, 0xa0b0c0d1, TcpFlags.PSH | TcpFlags.ACK, 512, 0, List.of(
                new NoOperation(), new NoOperation(), new Timestamps(2, 1),
                Dss.mapping(1000, 1, 5, 10000), new NoOperation(), new NoOperation()));
        return new Packet(ip, tcp, new BytesPayload("hello".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void encodesTheMptcpSynWithHandComputedChecksums() {
        assertThat(Hex.string(PacketCodec.encode(synPacket()))).isEqualTo(Hex.string(Hex.bytes(SYN_HEX)));
    }

    @Test
    void decodesTheMptcpSyn() {
        assertThat(PacketCodec.decode(Hex.bytes(SYN_HEX))).isEqualTo(synPacket());
    }

    @Test
    void ipv4HeaderOfTheSynIsTheHandDerivedOne() {
        byte[] header = java.util.Arrays.copyOf(PacketCodec.encode(synPacket()), 20);
        assertThat(Hex.string(header)).isEqualTo("450000400000400040062cb20a00000101020304");
    }

    @Test
    void encodesTheIpv6SynAckWithTrafficClassAndFlowLabel() {
        assertThat(Hex.string(PacketCodec.encode(v6SynAckPacket()))).isEqualTo(Hex.string(Hex.bytes(V6_SYNACK_HEX)));
    }

    @Test
    void decodesTheIpv6SynAck() {
        Packet decoded = PacketCodec.decode(Hex.bytes(V6_SYNACK_HEX));
        assertThat(decoded).isEqualTo(v6SynAckPacket());
        assertThat(decoded.tcp().find(MpCapableSynAck.class)).map(MpCapableSynAck::flags)
                .hasValue(MpCapableFlags.NO_JOIN_TO_SOURCE | MpCapableFlags.HMAC_SHA256);
    }

    @Test
    void encodesADataSegmentWithDssAndOddPayload() {
        assertThat(Hex.string(PacketCodec.encode(dataPacket()))).isEqualTo(Hex.string(Hex.bytes(DATA_HEX)));
    }

    @Test
    void decodesADataSegmentWithDssAndOddPayload() {
        Packet decoded = PacketCodec.decode(Hex.bytes(DATA_HEX));
        assertThat(decoded).isEqualTo(dataPacket());
        assertThat(decoded.wireLength()).isEqualTo(85);
        assertThat(decoded.tcp().find(Dss.class).orElseThrow().mapping().dataLength()).isEqualTo(5);
    }

    @Test
    void zeroPayloadEncodesLikeTheSameBytesPayload() {
        Packet zeros = new Packet(Ipv4Header.tcp(CLIENT, VIP, 64),
                new TcpHeader(1, 2, 3, 4, TcpFlags.ACK, 5, 0, List.of()), new ZeroPayload(3));
        Packet bytes = new Packet(zeros.ip(), zeros.tcp(), new BytesPayload(new byte[3]));
        assertThat(PacketCodec.encode(zeros)).isEqualTo(PacketCodec.encode(bytes));
        assertThat(PacketCodec.decode(PacketCodec.encode(zeros)).payload()).isEqualTo(bytes.payload());
    }

    @Test
    void mpCapableAckDataIsOnlyValidInAPacketWithPayload() {
        TcpHeader tcp = new TcpHeader(1, 2, 3, 4, TcpFlags.ACK, 5, 0,
                List.of(new MpCapableAckData(1, 1, 7, 8, 3, OptionalInt.empty())));
        Packet withData = new Packet(Ipv4Header.tcp(CLIENT, VIP, 64), tcp, new BytesPayload(new byte[] {1, 2, 3}));
        Packet without = new Packet(withData.ip(), tcp, Payload.empty());
        assertThat(PacketCodec.decode(PacketCodec.encode(withData))).isEqualTo(withData);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DecodeException.class,
                () -> PacketCodec.decode(PacketCodec.encode(without))).reason())
                .isEqualTo(DecodeException.Reason.WRONG_CONTEXT);
    }
}
