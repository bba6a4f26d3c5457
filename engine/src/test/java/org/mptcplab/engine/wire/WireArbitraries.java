package org.mptcplab.engine.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for every wire record; option lists respect the segment context and 40 bytes. */
final class WireArbitraries {
    private WireArbitraries() {}

    static Arbitrary<Ipv4Address> ipv4() {
        return Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE).map(Ipv4Address::new);
    }

    static Arbitrary<Ipv6Address> ipv6() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(Ipv6Address::new);
    }

    static Arbitrary<IpAddress> ipAddress() {
        return Arbitraries.oneOf(ipv4(), ipv6());
    }

    private static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    private static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    private static Arbitrary<Integer> anyInt() {
        return Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    }

    private static Arbitrary<OptionalInt> optionalU16() {
        return Arbitraries.oneOf(Arbitraries.just(OptionalInt.empty()), u16().map(OptionalInt::of));
    }

    static Arbitrary<TcpOption> plainOption() {
        Arbitrary<SackBlock> block = Combinators.combine(anyInt(), anyInt()).as(SackBlock::new);
        Arbitrary<UnknownOption> unknown = Combinators.combine(
                u8().filter(k -> !TcpOptionCodec.hasDedicatedRecord(k) && k != TcpConstants.KIND_MPTCP),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(12)).as(UnknownOption::new);
        Arbitrary<UnknownOption> unknownMptcp = Combinators.combine(Arbitraries.integers().between(9, 15),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(10)).as((subtype, rest) -> {
                    byte[] data = new byte[rest.length + 1];
                    data[0] = (byte) (subtype << 4 | (rest.length > 0 ? rest[0] & 0x0F : 0));
                    System.arraycopy(rest, 0, data, 1, rest.length);
                    return new UnknownOption(30, data);
                });
        return Arbitraries.oneOf(Arbitraries.just(new NoOperation()), u16().map(MaxSegmentSize::new),
                u8().map(WindowScale::new), Arbitraries.just(new SackPermitted()),
                block.list().ofMinSize(1).ofMaxSize(4).map(Sack::new),
                Combinators.combine(anyInt(), anyInt()).as(Timestamps::new), unknown, unknownMptcp);
    }

    static Arbitrary<Dss> dss() {
        Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        Arbitrary<Dss.Mapping> mapping = Combinators.combine(u32(), anyInt(), u16(), optionalU16())
                .as(Dss.Mapping::new);
        return Combinators.combine(bool, bool, bool, bool, bool, Arbitraries.longs(), mapping).as(
                (fin, hasAck, ack8, dsn8, hasMap, ack, map) -> {
                    boolean a8 = hasAck && ack8;
                    OptionalLong dataAck = hasAck ? OptionalLong.of(a8 ? ack : ack & 0xFFFF_FFFFL) : OptionalLong.empty();
                    Dss.Mapping m = hasMap ? map : null;
                    boolean d8 = hasMap && dsn8;
                    if (m != null && d8) {
                        m = new Dss.Mapping(m.dsn() | (ack & 0xFFFF_FFFF_0000_0000L), m.subflowSeq(),
                                m.dataLength(), m.checksum());
                    }
                    return new Dss(fin, dataAck, a8, m, d8);
                });
    }

    static Arbitrary<TcpOption> mptcpOption() {
        Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        Arbitrary<AddAddr> addAddr = Combinators.combine(bool, u8(), ipAddress(), optionalU16(), Arbitraries.longs())
                .as((echo, id, address, port, hmac) -> new AddAddr(echo, id, address, port,
                        echo ? OptionalLong.empty() : OptionalLong.of(hmac)));
        return Arbitraries.oneOf(dss(), addAddr, u8().list().ofMinSize(1).ofMaxSize(6).map(RemoveAddr::new),
                bool.map(MpPrio::new), Arbitraries.longs().map(MpFail::new), Arbitraries.longs().map(MpFastclose::new),
                Combinators.combine(Arbitraries.integers().between(0, 15), u8()).as(MpTcpRst::new));
    }

    /** Handshake forms valid in the context, or none. */
    static Arbitrary<TcpOption> handshakeOption(SegmentContext context) {
        Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        List<Arbitrary<? extends TcpOption>> forms = new ArrayList<>();
        if (context.synOnly()) {
            forms.add(u8().map(MpCapableSyn::v1));
            forms.add(Combinators.combine(bool, u8(), anyInt(), anyInt()).as(MpJoinSyn::new));
        } else if (context.synAck()) {
            forms.add(Combinators.combine(u8(), Arbitraries.longs()).as(MpCapableSynAck::v1));
            forms.add(Combinators.combine(bool, u8(), Arbitraries.longs(), anyInt()).as(MpJoinSynAck::new));
        } else if (context.ackNoSyn()) {
            forms.add(Combinators.combine(u8(), Arbitraries.longs(), Arbitraries.longs()).as(MpCapableAck::v1));
            forms.add(Arbitraries.bytes().array(byte[].class).ofSize(20).map(MpJoinAck::new));
            if (context.payloadLength() > 0) {
                forms.add(Combinators.combine(u8(), Arbitraries.longs(), Arbitraries.longs(), u16(), optionalU16())
                        .as((flags, a, b, len, sum) -> new MpCapableAckData(1, flags, a, b, len, sum)));
            }
        }
        if (forms.isEmpty()) {
            return Arbitraries.just(new NoOperation());
        }
        @SuppressWarnings("unchecked")
        Arbitrary<TcpOption>[] array = forms.toArray(new Arbitrary[0]);
        return Arbitraries.oneOf(List.of(array));
    }

    /** Flags other than SYN and ACK, any combination, including the four reserved bits. */
    private static Arbitrary<Integer> otherFlags() {
        return Arbitraries.integers().between(0, TcpFlags.MASK).map(f -> f & ~(TcpFlags.SYN | TcpFlags.ACK));
    }

    /** Contexts of every handshake class: SYN, SYN/ACK, ACK with and without payload, neither. */
    static Arbitrary<SegmentContext> context() {
        return Combinators.combine(Arbitraries.of(TcpFlags.SYN, TcpFlags.SYN | TcpFlags.ACK, TcpFlags.ACK, 0),
                otherFlags(), Arbitraries.of(0, 1, 100, 1460)).as((base, other, payload) ->
                new SegmentContext(base | other, payload));
    }

    /** A context and an option list valid in it, drawn from generators built once per handshake class. */
    static Arbitrary<net.jqwik.api.Tuple.Tuple2<SegmentContext, List<TcpOption>>> contextAndOptions() {
        List<SegmentContext> classes = List.of(Contexts.SYN, Contexts.SYN_ACK, Contexts.ACK, Contexts.ACK_DATA,
                new SegmentContext(0, 0));
        List<Arbitrary<net.jqwik.api.Tuple.Tuple2<SegmentContext, List<TcpOption>>>> perClass = new ArrayList<>();
        for (SegmentContext representative : classes) {
            Arbitrary<SegmentContext> contexts = Combinators.combine(otherFlags(), Arbitraries.of(1, 100, 1460))
                    .as((other, payload) -> new SegmentContext(representative.flags() | other,
                            representative.payloadLength() == 0 ? 0 : payload));
            perClass.add(Combinators.combine(contexts, options(representative)).as(net.jqwik.api.Tuple::of));
        }
        return Arbitraries.oneOf(perClass);
    }

    /** Up to 8 options valid in {@code context}, trimmed to 40 bytes, sometimes ending in an aligned EOL. */
    static Arbitrary<List<TcpOption>> options(SegmentContext context) {
        Arbitrary<TcpOption> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, plainOption()), net.jqwik.api.Tuple.of(4, mptcpOption()),
                net.jqwik.api.Tuple.of(2, handshakeOption(context)));
        return Combinators.combine(any.list().ofMaxSize(8), Arbitraries.of(true, false)).as((list, eol) -> {
            List<TcpOption> out = new ArrayList<>();
            int length = 0;
            for (TcpOption option : list) {
                if (((length + option.length() + 3) & ~3) > TcpConstants.MAX_OPTIONS_LENGTH) {
                    break;
                }
                out.add(option);
                length += option.length();
            }
            if (eol && length % 4 == 0 && length + 4 <= TcpConstants.MAX_OPTIONS_LENGTH) {
                out.add(new EndOfOptions());
            }
            return out;
        });
    }

    static Arbitrary<IpHeader> ipHeader() {
        Arbitrary<Ipv4Header> v4 = Combinators.combine(u8(), u16(), Arbitraries.of(true, false), u8(), ipv4(), ipv4())
                .as((tos, id, df, ttl, s, d) -> new Ipv4Header(tos, id, df, ttl, IpConstants.PROTO_TCP, s, d));
        Arbitrary<Ipv6Header> v6 = Combinators.combine(u8(), Arbitraries.integers().between(0, 0xFFFFF), u8(), ipv6(), ipv6())
                .as((tc, flow, hops, s, d) -> new Ipv6Header(tc, flow, IpConstants.PROTO_TCP, hops, s, d));
        return Arbitraries.oneOf(v4, v6);
    }

    static Arbitrary<Packet> packet() {
        Arbitrary<TcpHeader> tcp = Combinators.combine(u16(), u16(), anyInt(), anyInt(), u16(), u16(), contextAndOptions())
                .as((sp, dp, seq, ack, window, urg, segment) -> new TcpHeader(sp, dp, seq, ack, segment.get1().flags(),
                        window, urg, segment.get2()));
        return Combinators.combine(ipHeader(), tcp, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
                .as((ip, header, bytes) -> new Packet(ip, header,
                        new BytesPayload(contextNeedsPayload(header) ? bytes : new byte[0])));
    }

    /** Empty payload unless an option (MP_CAPABLE with data) requires one; random otherwise. */
    private static boolean contextNeedsPayload(TcpHeader header) {
        return header.find(MpCapableAckData.class).isPresent() || (header.seq() & 1) == 0;
    }
}
