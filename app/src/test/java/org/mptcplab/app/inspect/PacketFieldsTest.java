package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.PacketCodec;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.TcpOptionCodec;
import org.mptcplab.engine.wire.ZeroPayload;

class PacketFieldsTest {
    private static final Packet SYN_ACK = packet(TcpFlags.SYN | TcpFlags.ACK, 0,
            List.of(new MaxSegmentSize(1460), MpCapableSynAck.v1(0x21, 0x0123456789abcdefL)));
    private static final Packet DATA = packet(TcpFlags.ACK | TcpFlags.PSH, 100,
            List.of(AddAddr.announce(2, IpAddress.parse("5.6.7.8"), OptionalInt.empty(), 0x1122334455667788L)));

    private static Packet packet(int flags, int payload, List<TcpOption> options) {
        Ipv4Header ip = Ipv4Header.tcp((Ipv4Address) IpAddress.parse("1.2.3.4"),
                (Ipv4Address) IpAddress.parse("10.0.0.1"), 64);
        return new Packet(ip, new TcpHeader(80, 40000, 0xfedcba98, 12345, flags, 65535, 0, options),
                new ZeroPayload(payload));
    }

    @Test
    void fieldsTileTheEncodedDatagramWithoutGapsOrOverlaps() {
        for (Packet p : List.of(SYN_ACK, DATA)) {
            byte[] bytes = PacketCodec.encode(p);
            int next = 0;
            for (PacketField f : PacketFields.of(p, bytes)) {
                assertThat(f.offset()).as(f.name()).isEqualTo(next);
                next = f.end();
            }
            assertThat(next).isEqualTo(bytes.length);
        }
    }

    @Test
    void sequenceNumberPortsAndAddressesPointAtTheirOwnBytes() {
        byte[] bytes = PacketCodec.encode(SYN_ACK);
        List<PacketField> fields = PacketFields.of(SYN_ACK, bytes);
        assertThat(ByteBuffer.wrap(slice(bytes, field(fields, "Sequence number"))).getInt()).isEqualTo(0xfedcba98);
        assertThat(field(fields, "Sequence number").value()).isEqualTo(Integer.toUnsignedString(0xfedcba98));
        assertThat(ByteBuffer.wrap(slice(bytes, field(fields, "Destination port"))).getShort() & 0xFFFF).isEqualTo(40000);
        assertThat(slice(bytes, field(fields, "Source"))).isEqualTo(IpAddress.parse("1.2.3.4").toBytes());
        assertThat(bytes[field(fields, "Flags").offset()] & 0xFF).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
    }

    @Test
    void eachOptionRangeHoldsExactlyThatOptionsBytes() {
        for (Packet p : List.of(SYN_ACK, DATA)) {
            byte[] bytes = PacketCodec.encode(p);
            List<PacketField> fields = PacketFields.of(p, bytes).stream()
                    .filter(f -> f.layer().endsWith("option") && !f.name().equals("Padding")).toList();
            assertThat(fields).hasSameSizeAs(p.tcp().options());
            for (int i = 0; i < fields.size(); i++) {
                TcpOption o = p.tcp().options().get(i);
                byte[] alone = Arrays.copyOf(TcpOptionCodec.encode(List.of(o)), o.length());
                assertThat(slice(bytes, fields.get(i))).isEqualTo(alone);
            }
        }
    }

    @Test
    void mptcpOptionsAreExplainedWithTheirRfc8684Section() {
        List<PacketField> fields = PacketFields.of(SYN_ACK, PacketCodec.encode(SYN_ACK));
        PacketField capable = field(fields, "MP_CAPABLE");
        assertThat(capable.layer()).isEqualTo("MPTCP option");
        assertThat(capable.explanation()).contains("RFC 8684 §3.1").contains("C is set");
        PacketField addAddr = field(PacketFields.of(DATA, PacketCodec.encode(DATA)), "ADD_ADDR");
        assertThat(addAddr.explanation()).contains("RFC 8684 §3.4.1");
        assertThat(OptionExplanations.explain(Dss.dataAckOnly(5))).contains("§3.3");
    }

    @Test
    void inspectorHighlightsTheSelectedFieldsBytesAndDumpsEveryByte() {
        PacketInspectorViewModel vm = new PacketInspectorViewModel();
        vm.show(DATA);
        assertThat(vm.selectField("Sequence number")).isTrue();
        assertThat(vm.highlight()).containsExactly(24, 28);
        assertThat(vm.hexLines()).hasSize((DATA.wireLength() + 15) / 16);
        assertThat(vm.hexLines().get(0)).startsWith("0000  45 00");
        vm.show(null);
        assertThat(vm.getFields()).isEmpty();
        assertThat(vm.highlight()).containsExactly(0, 0);
    }

    private static PacketField field(List<PacketField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] slice(byte[] bytes, PacketField f) {
        return Arrays.copyOfRange(bytes, f.offset(), f.end());
    }
}
