package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PacketTest {
    private static final Ipv4Address A = Ipv4Address.of(10, 0, 0, 1);
    private static final Ipv4Address B = Ipv4Address.of(1, 2, 3, 4);
    private static final TcpHeader SYN = new TcpHeader(1, 2, 3, 0, TcpFlags.SYN, 100, 0, List.of(new MaxSegmentSize(1460)));

    @Test
    void wireLengthCountsIpTcpAndPayload() {
        Packet v4 = new Packet(Ipv4Header.tcp(A, B, 64), SYN, new ZeroPayload(10));
        assertThat(v4.wireLength()).isEqualTo(20 + 24 + 10);
        assertThat(v4.segmentLength()).isEqualTo(34);
        Packet v6 = new Packet(Ipv6Header.tcp(Ipv6Address.parse("::1"), Ipv6Address.parse("::2"), 64), SYN,
                Payload.empty());
        assertThat(v6.wireLength()).isEqualTo(64);
        assertThat(v6.src()).hasToString("::1");
    }

    @Test
    void refusesNonTcpProtocol() {
        Ipv4Header udp = new Ipv4Header(0, 0, true, 64, 17, A, B);
        assertThatThrownBy(() -> new Packet(udp, SYN, Payload.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDatagramsTooLongForTheLengthField() {
        Ipv4Header ip = Ipv4Header.tcp(A, B, 64);
        assertThatThrownBy(() -> new Packet(ip, SYN, new ZeroPayload(65535 - 44 + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Packet(ip, SYN, new ZeroPayload(65535 - 44)).wireLength()).isEqualTo(65535);
    }

    @Test
    void headersRewriteAddressesOnlyWithinTheirFamily() {
        Ipv4Header ip = Ipv4Header.tcp(A, B, 64);
        assertThat(ip.withAddresses(B, A).src()).isEqualTo(B);
        assertThat(ip.withHopLimit(63).hopLimit()).isEqualTo(63);
        assertThatThrownBy(() -> ip.withAddresses(Ipv6Address.parse("::1"), B))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadsCompareByContentAcrossImplementations() {
        assertThat(Payload.contentEquals(new ZeroPayload(3), new BytesPayload(new byte[3]))).isTrue();
        assertThat(Payload.contentEquals(new ZeroPayload(3), new BytesPayload(new byte[] {0, 0, 1}))).isFalse();
        assertThat(Payload.empty()).isEqualTo(new BytesPayload(new byte[0]));
    }

    @Test
    void segmentContextComesFromFlagsAndPayload() {
        Packet p = new Packet(Ipv4Header.tcp(A, B, 64), SYN, new ZeroPayload(5));
        assertThat(p.segmentContext()).isEqualTo(new SegmentContext(TcpFlags.SYN, 5));
        assertThat(p.segmentContext().synOnly()).isTrue();
    }

    @Test
    void checksumOfARangeWithItsOwnChecksumIsZero() {
        byte[] header = Hex.bytes("450000400000400040062cb20a00000101020304");
        assertThat(InternetChecksum.of(header, 0, 20)).isZero();
        header[10] = 0;
        header[11] = 0;
        assertThat(InternetChecksum.of(header, 0, 20)).isEqualTo(0x2cb2);
    }
}
