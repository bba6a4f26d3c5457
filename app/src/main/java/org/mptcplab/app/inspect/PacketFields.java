package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;

/**
 * Lists a packet's fields by layer with their byte ranges in {@code PacketCodec.encode(packet)}:
 * the IPv4 (RFC 791 §3.1) or IPv6 (RFC 8200 §3) header, the TCP header (RFC 9293 §3.1), each option
 * in wire order, the zero padding and the payload. The ranges tile the datagram without overlap.
 */
public final class PacketFields {
    private PacketFields() {}

    /**
     * The fields of {@code packet}; {@code bytes} must be its encoding (checksums and lengths are read
     * from it).
     */
    public static List<PacketField> of(Packet packet, byte[] bytes) {
        List<PacketField> out = new ArrayList<>();
        int t = packet.ip() instanceof Ipv4Header v4 ? ipv4(v4, bytes, out) : ipv6((Ipv6Header) packet.ip(), bytes, out);
        tcp(packet.tcp(), bytes, t, out);
        int at = t + 20;
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MptcpOption m) {
                out.add(new PacketField("MPTCP option", OptionExplanations.name(m), o.toString(), at, o.length(),
                        OptionExplanations.explain(m)));
            } else {
                out.add(new PacketField("TCP option", o.getClass().getSimpleName(), o.toString(), at, o.length(), ""));
            }
            at += o.length();
        }
        int payloadStart = t + packet.tcp().headerLength();
        if (at < payloadStart) {
            out.add(new PacketField("TCP option", "Padding", "zero", at, payloadStart - at, ""));
        }
        if (packet.payloadLength() > 0) {
            out.add(new PacketField("Payload", "Data", packet.payloadLength() + " bytes", payloadStart,
                    packet.payloadLength(), ""));
        }
        return List.copyOf(out);
    }

    private static int ipv4(Ipv4Header ip, byte[] b, List<PacketField> out) {
        String l = "IPv4";
        out.add(new PacketField(l, "Version / IHL", "4 / 5", 0, 1, ""));
        out.add(new PacketField(l, "DSCP / ECN", hex(ip.dscpEcn(), 2), 1, 1, ""));
        out.add(new PacketField(l, "Total length", Integer.toString(u16(b, 2)), 2, 2, ""));
        out.add(new PacketField(l, "Identification", Integer.toString(ip.identification()), 4, 2, ""));
        out.add(new PacketField(l, "Flags / fragment", ip.dontFragment() ? "DF" : "none", 6, 2, ""));
        out.add(new PacketField(l, "TTL", Integer.toString(ip.ttl()), 8, 1, ""));
        out.add(new PacketField(l, "Protocol", ip.protocol() + " (TCP)", 9, 1, ""));
        out.add(new PacketField(l, "Header checksum", hex(u16(b, 10), 4), 10, 2, ""));
        out.add(address(l, "Source", ip.src(), 12));
        out.add(address(l, "Destination", ip.dst(), 16));
        return 20;
    }

    private static int ipv6(Ipv6Header ip, byte[] b, List<PacketField> out) {
        String l = "IPv6";
        out.add(new PacketField(l, "Version / class / flow label",
                "6 / " + ip.trafficClass() + " / " + ip.flowLabel(), 0, 4, ""));
        out.add(new PacketField(l, "Payload length", Integer.toString(u16(b, 4)), 4, 2, ""));
        out.add(new PacketField(l, "Next header", ip.nextHeader() + " (TCP)", 6, 1, ""));
        out.add(new PacketField(l, "Hop limit", Integer.toString(ip.hopLimit()), 7, 1, ""));
        out.add(address(l, "Source", ip.src(), 8));
        out.add(address(l, "Destination", ip.dst(), 24));
        return 40;
    }

    private static void tcp(TcpHeader h, byte[] b, int t, List<PacketField> out) {
        String l = "TCP";
        out.add(new PacketField(l, "Source port", Integer.toString(h.srcPort()), t, 2, ""));
        out.add(new PacketField(l, "Destination port", Integer.toString(h.dstPort()), t + 2, 2, ""));
        out.add(new PacketField(l, "Sequence number", Integer.toUnsignedString(h.seq()), t + 4, 4, ""));
        out.add(new PacketField(l, "Acknowledgment number", Integer.toUnsignedString(h.ack()), t + 8, 4, ""));
        out.add(new PacketField(l, "Data offset", h.headerLength() / 4 + " words", t + 12, 1, ""));
        out.add(new PacketField(l, "Flags", TcpFlags.toString(h.flags()), t + 13, 1, ""));
        out.add(new PacketField(l, "Window", Integer.toString(h.window()), t + 14, 2, ""));
        out.add(new PacketField(l, "Checksum", hex(u16(b, t + 16), 4), t + 16, 2, ""));
        out.add(new PacketField(l, "Urgent pointer", Integer.toString(h.urgentPointer()), t + 18, 2, ""));
    }

    private static PacketField address(String layer, String name, IpAddress a, int offset) {
        return new PacketField(layer, name, a.toString(), offset, a.toBytes().length, "");
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static String hex(int v, int digits) {
        return "0x" + String.format("%0" + digits + "x", v);
    }
}
