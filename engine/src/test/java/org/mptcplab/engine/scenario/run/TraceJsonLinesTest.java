package org.mptcplab.engine.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

class TraceJsonLinesTest {
    private static final Ipv4Address A = (Ipv4Address) IpAddress.parse("192.0.2.1");
    private static final Ipv4Address B = (Ipv4Address) IpAddress.parse("1.2.3.4");

    @Test
    void eachEventIsOneLineWithTimeNodeAndTypeFirst() {
        StringWriter out = new StringWriter();
        TraceJsonLines sink = new TraceJsonLines(out);
        sink.accept(new AppEvent(5, "client", "get", AppEvent.Kind.STARTED, 10, "download"));
        sink.accept(new NodeEvent(6, "r1", NodeEvent.Kind.LINK_DOWN, "r1-lb"));
        assertThat(out.toString()).isEqualTo("""
                {"t":5,"node":"client","type":"app","app":"get","kind":"STARTED","bytes":10,"detail":"download"}
                {"t":6,"node":"r1","type":"node","kind":"LINK_DOWN","detail":"r1-lb"}
                """);
        assertThat(sink.lines()).isEqualTo(2);
    }

    @Test
    void packetsShowTheirHeaderFieldsAndOptionsInAFixedOrder() {
        Packet p = new Packet(Ipv4Header.tcp(A, B, 64), new TcpHeader(40000, 80, -1, 0, TcpFlags.SYN, 65535, 0,
                List.of()), Payload.empty());
        assertThat(TraceJsonLines.toJson(new PacketEvent(1, "client", "eth0", PacketEvent.Kind.SENT, null, p)))
                .isEqualTo("{\"t\":1,\"node\":\"client\",\"type\":\"packet\",\"kind\":\"SENT\",\"iface\":\"eth0\","
                        + "\"src\":\"192.0.2.1\",\"dst\":\"1.2.3.4\",\"sport\":40000,\"dport\":80,\"flags\":\"SYN\","
                        + "\"seq\":4294967295,\"ack\":0,\"win\":65535,\"ttl\":64,\"len\":0,\"options\":[]}");
    }

    @Test
    void hashDecisionsCarryEverythingNeededToRecomputeThem() {
        FiveTuple t = new FiveTuple(A, B, 40000, 80, FiveTuple.TCP);
        String line = TraceJsonLines.toJson(new HashDecision(2, "lb", t, "src,dst", "crc32", "c0000201 01020304", 77,
                "mod 2", 1, List.of("s1", "s2"), "s2", null));
        assertThat(line).contains("\"input\":\"c0000201 01020304\",\"hash\":77,\"method\":\"mod 2\",\"slot\":1,"
                + "\"candidates\":[\"s1\",\"s2\"],\"chosen\":\"s2\"");
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        String line = TraceJsonLines.toJson(new NodeEvent(0, "n", NodeEvent.Kind.NOTE, "say \"hi\"\n\\ \u0001"));
        assertThat(line).endsWith("\"detail\":\"say \\\"hi\\\"\\n\\\\ \\u0001\"}");
    }
}
