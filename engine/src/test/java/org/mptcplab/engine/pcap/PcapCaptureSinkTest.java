package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.PacketCodec;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

class PcapCaptureSinkTest {
    private static Packet packet(int seq) {
        return new Packet(Ipv4Header.tcp((Ipv4Address) IpAddress.parse("192.0.2.1"),
                (Ipv4Address) IpAddress.parse("1.2.3.4"), 64),
                new TcpHeader(40000, 80, seq, 0, TcpFlags.SYN, 65535, 0, List.of()), Payload.empty());
    }

    @Test
    void aHostCaptureKeepsSentAndReceivedPacketsWithTheirSimulatedTime() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PcapCaptureSink sink = new PcapCaptureSink();
        sink.capture("client", PcapCaptureSink.HOST, new PcapWriter(bytes));
        sink.accept(new PacketEvent(1_500, "client", "eth0", PacketEvent.Kind.SENT, null, packet(1)));
        sink.accept(new PacketEvent(2_000, "client", "eth0", PacketEvent.Kind.DROPPED, DropReason.SCRIPTED, packet(2)));
        sink.accept(new PacketEvent(2_500, "r1", "eth0", PacketEvent.Kind.FORWARDED, null, packet(3)));
        sink.accept(new NodeEvent(2_600, "client", NodeEvent.Kind.NOTE, "not a packet"));
        sink.accept(new PacketEvent(3_000, "client", "eth0", PacketEvent.Kind.RECEIVED, null, packet(4)));
        sink.close();

        List<PcapRecord> records = new PcapReader(new ByteArrayInputStream(bytes.toByteArray())).readAll();
        assertThat(records).extracting(PcapRecord::timeNanos).containsExactly(1_500L, 3_000L);
        assertThat(PacketCodec.decode(records.get(1).data()).tcp().seq()).isEqualTo(4);
        assertThat(sink.packetsWritten("client")).isEqualTo(2);
        assertThat(sink.packetsWritten("r1")).isZero();
    }

    @Test
    void aForwarderCaptureKeepsWhatItForwards() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PcapCaptureSink sink = new PcapCaptureSink();
        sink.capture("lb", PcapCaptureSink.FORWARDER, new PcapWriter(bytes));
        sink.accept(new PacketEvent(1, "lb", "eth1", PacketEvent.Kind.FORWARDED, null, packet(9)));
        sink.accept(new PacketEvent(2, "lb", "eth1", PacketEvent.Kind.RECEIVED, null, packet(10)));
        sink.close();
        assertThat(new PcapReader(new ByteArrayInputStream(bytes.toByteArray())).readAll()).hasSize(1);
    }

    @Test
    void aNodeIsCapturedOnce() throws Exception {
        PcapCaptureSink sink = new PcapCaptureSink();
        sink.capture("client", PcapCaptureSink.HOST, new PcapWriter(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> sink.capture("client", PcapCaptureSink.HOST, new PcapWriter(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
