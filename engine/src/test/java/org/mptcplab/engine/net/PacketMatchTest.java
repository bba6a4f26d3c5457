package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

class PacketMatchTest {
    private final Packet synJoin = TestPackets.tcp("10.0.1.1", 40000, "1.2.3.4", 80, TcpFlags.SYN, 0,
            new MpJoinSyn(false, 2, 0xCAFEBABE, 0x12345678));
    private final Packet synAck = TestPackets.tcp("1.2.3.4", 80, "10.0.0.1", 40000, TcpFlags.SYN | TcpFlags.ACK, 0);
    private final Packet data = TestPackets.tcp("10.0.0.1", 40000, "1.2.3.4", 80, TcpFlags.ACK | TcpFlags.PSH, 100,
            AddAddr.announce(1, Ipv4Address.of(5, 6, 7, 8), OptionalInt.empty(), 1L));

    @Test
    void flagMatchesRequireEveryBit() {
        assertThat(PacketMatch.hasFlags(TcpFlags.SYN).test(synAck)).isTrue();
        assertThat(PacketMatch.hasFlags(TcpFlags.SYN | TcpFlags.ACK).test(synJoin)).isFalse();
        assertThat(PacketMatch.synOnly().test(synJoin)).isTrue();
        assertThat(PacketMatch.synOnly().test(synAck)).isFalse();
    }

    @Test
    void optionMatchesFindOptionsByClassOrMptcpSubtype() {
        assertThat(PacketMatch.hasOption(MpJoinSyn.class).test(synJoin)).isTrue();
        assertThat(PacketMatch.hasOption(AddAddr.class).test(synJoin)).isFalse();
        assertThat(PacketMatch.hasOption(AddAddr.class).test(data)).isTrue();
        assertThat(PacketMatch.hasMptcpSubtype(MptcpConstants.SUBTYPE_MP_JOIN).test(synJoin)).isTrue();
        assertThat(PacketMatch.hasMptcpSubtype(MptcpConstants.SUBTYPE_MP_JOIN).test(data)).isFalse();
    }

    @Test
    void addressPortAndPayloadMatches() {
        assertThat(PacketMatch.from(Fixture.ip("10.0.1.1")).test(synJoin)).isTrue();
        assertThat(PacketMatch.to(Fixture.ip("10.0.1.1")).test(synJoin)).isFalse();
        assertThat(PacketMatch.fromPrefix(Fixture.prefix("10.0.0.0/16")).test(synJoin)).isTrue();
        assertThat(PacketMatch.toPrefix(Fixture.prefix("1.2.3.0/24")).test(synAck)).isFalse();
        assertThat(PacketMatch.toPort(80).test(data)).isTrue();
        assertThat(PacketMatch.fromPort(80).test(data)).isFalse();
        assertThat(PacketMatch.hasPayload().test(data)).isTrue();
        assertThat(PacketMatch.hasPayload().test(synAck)).isFalse();
    }

    @Test
    void combinatorsComposeAndDescribeThemselves() {
        PacketMatch joinToVip = PacketMatch.synOnly().and(PacketMatch.to(Fixture.ip("1.2.3.4")));
        PacketMatch notSyn = PacketMatch.hasFlags(TcpFlags.SYN).negate();
        PacketMatch either = PacketMatch.synOnly().or(PacketMatch.hasPayload());

        assertThat(joinToVip.test(synJoin)).isTrue();
        assertThat(joinToVip.test(synAck)).isFalse();
        assertThat(notSyn.test(data)).isTrue();
        assertThat(notSyn.test(synAck)).isFalse();
        assertThat(either.test(data)).isTrue();
        assertThat(either.test(synAck)).isFalse();
        assertThat(joinToVip).hasToString("(SYN without ACK and to 1.2.3.4)");
        assertThat(notSyn).hasToString("not flags SYN");
    }
}
