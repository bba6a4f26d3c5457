package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Round trips in both directions: records survive encode-then-decode, and every byte string the
 * decoders accept re-encodes to itself (so decoding is canonical). Inputs for the second direction
 * are random or mutated valid encodings (with checksums repaired half the time, so mutations reach
 * the option parser).
 */
class WireCodecProperties {

    @Provide
    Arbitrary<Tuple2<SegmentContext, List<TcpOption>>> optionLists() {
        return WireArbitraries.contextAndOptions();
    }

    @Provide
    Arbitrary<Packet> packets() {
        return WireArbitraries.packet();
    }

    @Property
    void optionListsSurviveEncodeThenDecode(@ForAll("optionLists") Tuple2<SegmentContext, List<TcpOption>> input) {
        byte[] bytes = TcpOptionCodec.encode(input.get2());
        assertThat(bytes.length % 4).isZero();
        assertThat(TcpOptionCodec.decode(bytes, input.get1())).isEqualTo(input.get2());
    }

    @Property
    void packetsSurviveEncodeThenDecode(@ForAll("packets") Packet packet) {
        byte[] bytes = PacketCodec.encode(packet);
        assertThat(bytes).hasSize(packet.wireLength());
        assertThat(PacketCodec.decode(bytes)).isEqualTo(packet);
    }

    @Provide
    Arbitrary<Tuple2<SegmentContext, byte[]>> optionBytes() {
        Arbitrary<byte[]> random = Arbitraries.integers().between(0, 10)
                .flatMap(words -> Arbitraries.bytes().array(byte[].class).ofSize(words * 4));
        Arbitrary<byte[]> smallAlphabet = Arbitraries.integers().between(0, 10).flatMap(words ->
                Arbitraries.of((byte) 0, (byte) 1, (byte) 2, (byte) 4, (byte) 0x1e, (byte) 0x10, (byte) 0x20, (byte) 3)
                        .array(byte[].class).ofSize(words * 4));
        Arbitrary<Tuple2<SegmentContext, byte[]>> mutated = Combinators.combine(WireArbitraries.contextAndOptions(),
                mutations()).as((segment, m) -> Tuple.of(segment.get1(), mutate(TcpOptionCodec.encode(segment.get2()), m)));
        Arbitrary<Tuple2<SegmentContext, byte[]>> unstructured = Combinators.combine(WireArbitraries.context(),
                Arbitraries.oneOf(random, smallAlphabet)).as(Tuple::of);
        return Arbitraries.oneOf(mutated, unstructured);
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void acceptedOptionBytesReencodeExactly(@ForAll("optionBytes") Tuple2<SegmentContext, byte[]> input) {
        List<TcpOption> options;
        try {
            options = TcpOptionCodec.decode(input.get2(), input.get1());
        } catch (DecodeException refused) {
            countOutcome(false);
            return;
        }
        countOutcome(true);
        assertThat(Hex.string(TcpOptionCodec.encode(options))).isEqualTo(Hex.string(input.get2()));
    }

    @Provide
    Arbitrary<byte[]> datagramBytes() {
        return Combinators.combine(WireArbitraries.packet(), mutations(), Arbitraries.of(true, false))
                .as((packet, m, repair) -> {
                    byte[] bytes = mutate(PacketCodec.encode(packet), m);
                    return repair ? repairChecksums(bytes) : bytes;
                });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void acceptedDatagramsReencodeExactly(@ForAll("datagramBytes") byte[] datagram) {
        Packet packet;
        try {
            packet = PacketCodec.decode(datagram);
        } catch (DecodeException refused) {
            countOutcome(false);
            return;
        }
        countOutcome(true);
        assertThat(Hex.string(PacketCodec.encode(packet))).isEqualTo(Hex.string(datagram));
    }

    @Property
    void randomDatagramsOnlyEverFailWithDecodeException(@ForAll byte[] datagram) {
        assertOnlyDecodeException(() -> PacketCodec.decode(datagram));
    }

    @Property
    void mutatedDatagramsOnlyEverFailWithDecodeException(@ForAll("datagramBytes") byte[] datagram) {
        assertOnlyDecodeException(() -> PacketCodec.decode(datagram));
    }

    @Property
    void randomOptionBytesOnlyEverFailWithDecodeException(@ForAll byte[] bytes,
            @ForAll("contexts") SegmentContext context) {
        assertOnlyDecodeException(() -> TcpOptionCodec.decode(bytes, context));
    }

    @Provide
    Arbitrary<SegmentContext> contexts() {
        return WireArbitraries.context();
    }

    /** Guards against a vacuous property: both outcomes must be common among the generated inputs. */
    private static void countOutcome(boolean accepted) {
        Statistics.label("outcome").collect(accepted ? "accepted" : "refused")
                .coverage(c -> {
                    c.check("accepted").percentage(p -> p >= 15);
                    c.check("refused").percentage(p -> p >= 15);
                });
    }

    private static void assertOnlyDecodeException(Runnable decode) {
        try {
            decode.run();
        } catch (DecodeException expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.offset()).isNotNegative();
        }
    }

    /** Pairs of (position fraction, new byte value); 0 to 3 of them. */
    private static Arbitrary<List<Tuple2<Double, Byte>>> mutations() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.bytes()).as(Tuple::of)
                .list().ofMaxSize(3);
    }

    private static byte[] mutate(byte[] bytes, List<Tuple2<Double, Byte>> mutations) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        for (Tuple2<Double, Byte> m : mutations) {
            if (copy.length > 0) {
                copy[(int) Math.min(copy.length - 1, m.get1() * copy.length)] = m.get2();
            }
        }
        return copy;
    }

    private static byte[] repairChecksums(byte[] d) {
        if (d.length >= 40 && (d[0] & 0xFF) == 0x45) {
            return TestChecksums.fixTcp(TestChecksums.fixIpv4(d), 20);
        }
        if (d.length >= 60 && (d[0] & 0xF0) == 0x60) {
            return TestChecksums.fixTcp(d, 40);
        }
        return d;
    }
}
