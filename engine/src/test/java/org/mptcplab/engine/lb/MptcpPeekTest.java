package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

class MptcpPeekTest {

    @Test
    void joinTokenIsReadOnlyFromASynWithoutAck() {
        Packet joinSyn = Pkt.joinSyn("10.0.0.1", 1, "1.2.3.4", 80, 0x01020304);
        Packet joinWithAck = Pkt.tcp("10.0.0.1", 1, "1.2.3.4", 80, TcpFlags.SYN | TcpFlags.ACK, 0,
                new MpJoinSyn(false, 0, 7, 8));

        assertThat(MptcpPeek.joinToken(joinSyn)).hasValue(0x01020304);
        assertThat(MptcpPeek.joinToken(joinWithAck)).isEqualTo(OptionalInt.empty());
        assertThat(MptcpPeek.joinToken(Pkt.syn("10.0.0.1", 1, "1.2.3.4", 80))).isEmpty();
    }

    @Test
    void receiverKeyComesFromTheThirdAckOrTheFirstDataSegment() {
        Packet ack = Pkt.mpCapableAck("10.0.0.1", 1, "1.2.3.4", 80, 11, 22);
        Packet data = Pkt.tcp("10.0.0.1", 1, "1.2.3.4", 80, TcpFlags.ACK, 100,
                new MpCapableAckData(1, MpCapableFlags.HMAC_SHA256, 11, 33, 100, OptionalInt.empty()));

        assertThat(MptcpPeek.receiverKey(ack)).hasValue(22);
        assertThat(MptcpPeek.receiverKey(data)).hasValue(33);
        assertThat(MptcpPeek.receiverKey(Pkt.syn("10.0.0.1", 1, "1.2.3.4", 80))).isEmpty();
    }

    @Test
    void synAckKeyNeedsTheSynAckFlags() {
        MpCapableSynAck option = MpCapableSynAck.v1(MpCapableFlags.HMAC_SHA256, 99);
        Packet synAck = Pkt.tcp("1.2.3.4", 80, "10.0.0.1", 1, TcpFlags.SYN | TcpFlags.ACK, 0, option);
        Packet ack = Pkt.tcp("1.2.3.4", 80, "10.0.0.1", 1, TcpFlags.ACK, 0, option);

        assertThat(MptcpPeek.synAckKey(synAck)).hasValue(99);
        assertThat(MptcpPeek.synAckKey(ack)).isEmpty();
        assertThat(MptcpPeek.hasSubtype(synAck, MptcpConstants.SUBTYPE_MP_CAPABLE)).isTrue();
        assertThat(MptcpPeek.hasSubtype(synAck, MptcpConstants.SUBTYPE_MP_JOIN)).isFalse();
    }
}
