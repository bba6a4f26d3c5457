package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation and helpers of the option records (their bytes are covered by the golden table). */
class OptionRecordsTest {

    private static void refused(Executable construction) {
        assertThatThrownBy(construction::execute).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dssFactoriesSetTheLinuxFlags() {
        assertThat(Dss.mapping(1, 1, 10, 2).flags()).isEqualTo(0x0f);
        assertThat(Dss.dataAckOnly(2).flags()).isEqualTo(0x03);
        assertThat(Dss.mappingOnly(1, 1, 10).withDataFin().flags()).isEqualTo(0x1c);
        assertThat(Dss.mapping(1, 1, 10, 2).length()).isEqualTo(26);
    }

    @Test
    void dssWithoutChecksumGetsTwoNopsForAlignment() {
        Dss plain = Dss.mapping(1, 1, 10, 2);
        assertThat(plain.withLinuxPadding()).containsExactly(plain, new NoOperation(), new NoOperation());
        Dss summed = new Dss(false, OptionalLong.empty(), false, new Dss.Mapping(1, 1, 10, OptionalInt.of(7)), false);
        assertThat(summed.withLinuxPadding()).containsExactly(summed);
        assertThat(Dss.dataAckOnly(3).withLinuxPadding()).containsExactly(Dss.dataAckOnly(3));
    }

    @Test
    void dssRefusesFlagsWithoutTheirField() {
        refused(() -> new Dss(false, OptionalLong.empty(), true, null, false));
        refused(() -> new Dss(false, OptionalLong.empty(), false, null, true));
    }

    @Test
    void dssRefusesFourByteFieldsThatDoNotFit() {
        refused(() -> new Dss(false, OptionalLong.of(0x1_0000_0000L), false, null, false));
        refused(() -> new Dss(false, OptionalLong.empty(), false, Dss.Mapping.of(-1, 1, 1), false));
        assertThat(new Dss(false, OptionalLong.of(0xFFFF_FFFFL), false, null, false).length()).isEqualTo(8);
    }

    @Test
    void addAddrCarriesAnHmacExactlyWhenItIsNotAnEcho() {
        IpAddress address = IpAddress.parse("5.6.7.1");
        refused(() -> new AddAddr(true, 1, address, OptionalInt.empty(), OptionalLong.of(1)));
        refused(() -> new AddAddr(false, 1, address, OptionalInt.empty(), OptionalLong.empty()));
        AddAddr announced = AddAddr.announce(1, address, OptionalInt.of(80), 42);
        AddAddr echo = AddAddr.echoOf(announced);
        assertThat(echo.echo()).isTrue();
        assertThat(echo.truncatedHmac()).isEmpty();
        assertThat(echo.port()).hasValue(80);
        assertThat(echo.length()).isEqualTo(10);
        assertThat(announced.length()).isEqualTo(18);
    }

    @Test
    void removeAddrNeedsAtLeastOneId() {
        refused(() -> new RemoveAddr(List.of()));
        refused(() -> RemoveAddr.of(256));
        assertThat(RemoveAddr.of(1, 2, 3).length()).isEqualTo(6);
    }

    @Test
    void sackHoldsOneToFourBlocks() {
        SackBlock block = new SackBlock(1, 2);
        refused(() -> new Sack(List.of()));
        refused(() -> Sack.of(block, block, block, block, block));
        assertThat(Sack.of(block, block, block, block).length()).isEqualTo(34);
    }

    @Test
    void fieldRangesAreChecked() {
        refused(() -> new MaxSegmentSize(65536));
        refused(() -> new WindowScale(-1));
        refused(() -> new MpCapableSyn(16, 1));
        refused(() -> new MpCapableSynAck(1, 256, 0));
        refused(() -> new MpJoinSyn(false, 256, 0, 0));
        refused(() -> new MpTcpRst(16, 0));
        refused(() -> new MpCapableAckData(1, 1, 0, 0, 65536, OptionalInt.empty()));
        refused(() -> new Dss.Mapping(0, 0, 0, OptionalInt.of(65536)));
    }

    @Test
    void joinAckHmacIsTwentyBytesComparedByContentAndCopied() {
        byte[] hmac = new byte[20];
        MpJoinAck ack = new MpJoinAck(hmac);
        hmac[0] = 9;
        assertThat(ack).isEqualTo(new MpJoinAck(new byte[20])).hasSameHashCodeAs(new MpJoinAck(new byte[20]));
        ack.hmac()[1] = 9;
        assertThat(ack.hmac()).containsOnly(0);
        refused(() -> new MpJoinAck(new byte[19]));
    }

    @Test
    void unknownOptionRefusesKindsThatHaveARecord() {
        refused(() -> new UnknownOption(TcpConstants.KIND_MSS, new byte[2]));
        refused(() -> new UnknownOption(TcpConstants.KIND_NOP, new byte[0]));
        refused(() -> new UnknownOption(30, new byte[] {0x20, 0}));
        refused(() -> new UnknownOption(30, new byte[0]));
        assertThat(new UnknownOption(30, new byte[] {(byte) 0x90})).isEqualTo(new UnknownOption(30, new byte[] {(byte) 0x90}));
        assertThat(new UnknownOption(34, new byte[] {1, 2})).hasToString("UnknownOption[kind=34, data=0102]");
    }

    @Test
    void mptcpOptionsAreKind30WithTheirSubtype() {
        List<MptcpOption> options = List.of(MpCapableSyn.v1(1), new MpJoinSyn(false, 0, 0, 0), Dss.dataAckOnly(1),
                AddAddr.announce(0, IpAddress.parse("1.2.3.4"), OptionalInt.empty(), 0), RemoveAddr.of(1),
                new MpPrio(true), new MpFail(0), new MpFastclose(0), new MpTcpRst(0, 0));
        assertThat(options).extracting(MptcpOption::kind).containsOnly(30);
        assertThat(options).extracting(MptcpOption::subtype).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void capableFlagsNameTheIcnpFix() {
        int synAckFlags = MpCapableFlags.NO_JOIN_TO_SOURCE | MpCapableFlags.HMAC_SHA256;
        assertThat(synAckFlags).isEqualTo(0x21);
        assertThat(MpCapableFlags.has(synAckFlags, MpCapableFlags.CHECKSUM_REQUIRED)).isFalse();
    }
}
