package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpHeaderTest {
    private static TcpHeader header(int flags, List<TcpOption> options) {
        return new TcpHeader(40000, 80, 1, 0, flags, 65535, 0, options);
    }

    @Test
    void padsOptionLengthToFourBytes() {
        TcpHeader h = header(TcpFlags.SYN, List.of(new MaxSegmentSize(1460), new WindowScale(7)));
        assertThat(h.optionsLength()).isEqualTo(8);
        assertThat(h.headerLength()).isEqualTo(28);
    }

    @Test
    void findsTheFirstOptionOfAType() {
        TcpHeader h = header(TcpFlags.ACK, List.of(new NoOperation(), new MpPrio(true), Dss.dataAckOnly(5),
                new MpPrio(false)));
        assertThat(h.find(MpPrio.class)).contains(new MpPrio(true));
        assertThat(h.find(MptcpOption.class)).contains(new MpPrio(true));
        assertThat(h.find(Timestamps.class)).isEmpty();
        assertThat(h.findAll(MpPrio.class)).containsExactly(new MpPrio(true), new MpPrio(false));
    }

    @Test
    void refusesMoreThanFortyOptionBytes() {
        List<TcpOption> options = List.of(new Timestamps(1, 2), new Timestamps(3, 4), new Timestamps(5, 6),
                new Timestamps(7, 8), new NoOperation());
        assertThatThrownBy(() -> header(TcpFlags.ACK, options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("44 bytes");
    }

    @Test
    void acceptsExactlyFortyOptionBytes() {
        List<TcpOption> options = List.of(new Timestamps(1, 2), new Timestamps(3, 4), new Timestamps(5, 6),
                new Timestamps(7, 8));
        assertThat(header(TcpFlags.ACK, options).headerLength()).isEqualTo(60);
    }

    @Test
    void refusesEndOfOptionsBeforeOtherOptions() {
        assertThatThrownBy(() -> header(TcpFlags.ACK, List.of(new EndOfOptions(), new NoOperation())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last");
    }

    @Test
    void refusesEndOfOptionsThatPaddingWouldSwallow() {
        assertThatThrownBy(() -> header(TcpFlags.SYN, List.of(new WindowScale(7), new EndOfOptions())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unaligned");
    }

    @Test
    void acceptsAlignedEndOfOptions() {
        assertThat(header(TcpFlags.SYN, List.of(new MaxSegmentSize(1460), new EndOfOptions())).optionsLength())
                .isEqualTo(8);
    }

    @Test
    void keepsReservedFlagBitsButRefusesMoreThanTwelveBits() {
        assertThat(header(0x100 | TcpFlags.ACK, List.of()).hasFlag(TcpFlags.ACK)).isTrue();
        assertThatThrownBy(() -> header(0x1000, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesTheOptionListImmutably() {
        List<TcpOption> mutable = new java.util.ArrayList<>(List.of(new NoOperation()));
        TcpHeader h = header(TcpFlags.ACK, mutable);
        mutable.add(new NoOperation());
        assertThat(h.options()).hasSize(1);
        assertThatThrownBy(() -> h.options().add(new NoOperation())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rewritesPortsForNat() {
        TcpHeader h = header(TcpFlags.SYN, List.of()).withPorts(1, 2);
        assertThat(h.srcPort()).isEqualTo(1);
        assertThat(h.dstPort()).isEqualTo(2);
        assertThat(h.seq()).isEqualTo(1);
    }

    @Test
    void namesFlagsInBitOrder() {
        assertThat(TcpFlags.toString(TcpFlags.SYN | TcpFlags.ACK)).isEqualTo("SYN,ACK");
        assertThat(TcpFlags.toString(TcpFlags.RST | 0x100)).isEqualTo("RST,0x100");
        assertThat(TcpFlags.toString(0)).isEqualTo("none");
        assertThat(TcpFlags.isSynOnly(TcpFlags.SYN | TcpFlags.ECE)).isTrue();
        assertThat(TcpFlags.isSynAck(TcpFlags.SYN)).isFalse();
    }
}
