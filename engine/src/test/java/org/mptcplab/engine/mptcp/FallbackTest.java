package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Given a path or a peer that does not carry MPTCP, the connection falls back to plain TCP
 * (RFC 8684 §3.1 and §3.7) and the byte stream still arrives intact.
 */
class FallbackTest {
    private final Lab lab = new Lab();
    private final List<Sink> sinks = new ArrayList<>();
    private final Sink app = new Sink();
    private MptcpConnection client;

    /** Strips every MPTCP option from the packets {@code which} selects. */
    private static UnaryOperator<Packet> strip(Predicate<Packet> which) {
        UnaryOperator<Packet> remove = Packets.replace(MptcpOption.class, o -> null);
        return p -> which.test(p) ? remove.apply(p) : p;
    }

    private void upload(MptcpStack c) {
        client = c.connect(null, Lab.S1, Lab.PORT, app);
        client.write(200_000);
        client.close();
        lab.runFor(Time.seconds(1));
    }

    private List<SubflowEvent> fallbacks(String node) {
        return lab.subflowEvents(node).stream().filter(e -> e.action() == SubflowEvent.Action.FALLBACK).toList();
    }

    @Test
    void optionsStrippedFromTheSynGiveAPlainTcpConnectionAtBothEnds() {
        lab.mb.rewrite = strip(p -> TcpFlags.isSynOnly(p.tcp().flags()));
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        lab.mptcp(lab.server, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints())
                .listen(Lab.PORT, Sink.accepting(sinks));
        upload(c);
        assertThat(fallbacks("client")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("SYN/ACK without MP_CAPABLE"));
        assertThat(client.isFallback()).isTrue();
        assertThat(sinks.get(0).socket).isInstanceOf(TcpConnection.class);
        assertThat(sinks.get(0).received).isEqualTo(200_000);
        assertThat(sinks.get(0).intact()).isTrue();
        assertThat(app.events).contains("closed");
    }

    @Test
    void optionsStrippedFromTheSynAckMakeTheServerFallBackAtTheThirdAck() {
        lab.mb.rewrite = strip(p -> TcpFlags.isSynAck(p.tcp().flags()));
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        lab.mptcp(lab.server, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints())
                .listen(Lab.PORT, Sink.accepting(sinks));
        upload(c);
        assertThat(fallbacks("server")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("third ACK without MP_CAPABLE"));
        MptcpConnection server = (MptcpConnection) sinks.get(0).socket;
        assertThat(server.isFallback()).isTrue();
        assertThat(lab.sent(lab.client)).allSatisfy(e -> assertThat(e.packet().tcp().options())
                .noneMatch(o -> o instanceof MptcpOption && !TcpFlags.isSynOnly(e.packet().tcp().flags())));
        assertThat(sinks.get(0).received).isEqualTo(200_000);
        assertThat(sinks.get(0).intact()).isTrue();
    }

    @Test
    void aServerWithoutMptcpServesTheClientOverPlainTcp() {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        TcpStack plain = new TcpStack(lab.server, TcpConfig.defaults());
        plain.listen(Lab.PORT, sock -> {
            sock.write(300_000);
            sock.close();
            return null;
        });
        client = c.connect(null, Lab.S1, Lab.PORT, app);
        lab.runFor(Time.seconds(1));
        assertThat(client.isFallback()).isTrue();
        assertThat(app.received).isEqualTo(300_000);
        assertThat(app.intact()).isTrue();
        assertThat(app.events).contains("remote-closed", "closed");
        assertThat(c.connections()).isEmpty();
    }
}
