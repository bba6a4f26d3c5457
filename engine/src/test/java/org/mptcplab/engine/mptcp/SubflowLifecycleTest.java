package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.RemoveAddr;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Given a client downloading over two subflows (S1 initial, S2 advertised), then withdrawing an
 * address, losing a path, and aborting behave as RFC 8684 §3.4.2, §3.3 and §3.5 say.
 */
class SubflowLifecycleTest {
    private static final long SIZE = 4_000_000;
    private final Lab lab = new Lab();
    private final List<MptcpConnection> servers = new ArrayList<>();
    private final Sink app = new Sink();
    private MptcpConnection client;

    private void startDownload() {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpStack s = lab.mptcp(lab.server, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        s.listen(Lab.PORT, sock -> {
            servers.add((MptcpConnection) sock);
            sock.write(SIZE);
            sock.close();
            return new Sink();
        });
        client = c.connect(null, Lab.S1, Lab.PORT, app);
        lab.runFor(Time.millis(150));
        assertThat(client.paths().subflows()).hasSize(2);
    }

    private List<SubflowEvent> clientEvents(Action action) {
        return lab.subflowEvents("client").stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void withdrawingAnAddressSendsRemoveAddrAndTheClientDropsItsSubflow() {
        startDownload();
        servers.get(0).paths().withdraw(Lab.S2);
        lab.runFor(Time.seconds(3));
        List<Packet> removes = lab.sent(lab.server).stream().map(e -> e.packet())
                .filter(p -> p.tcp().find(RemoveAddr.class).isPresent()).toList();
        assertThat(removes).singleElement().satisfies(p -> assertThat(p.tcp().find(RemoveAddr.class).orElseThrow()
                .addressIds()).containsExactly(servers.get(0).localAddressId(Lab.S2)));
        assertThat(client.paths().remoteAddresses()).isEmpty();
        assertThat(clientEvents(Action.CLOSED)).first().satisfies(e -> {
            assertThat(e.flow().dst()).isEqualTo(Lab.S2);
            assertThat(e.time()).isLessThan(Time.millis(200));
        });
        assertThat(app.received).isEqualTo(SIZE);
        assertThat(app.intact()).isTrue();
    }

    @Test
    void dataOfASubflowWhosePathDiesIsReinjectedOnTheOther() {
        startDownload();
        lab.serverLink2.setUp(false);
        lab.runFor(Time.seconds(5));
        // The dead subflow is still retransmitting (no RST can cross a down link), yet everything arrived.
        assertThat(lab.subflowEvents("server")).noneMatch(e -> e.action() == Action.CLOSED
                && e.flow().src().equals(Lab.S2));
        assertThat(app.received).isEqualTo(SIZE);
        assertThat(app.intact()).isTrue();
    }

    @Test
    void closingASubflowLeavesTheConnectionRunningOnTheOther() {
        startDownload();
        servers.get(0).paths().closeSubflow(1);
        lab.runFor(Time.seconds(3));
        assertThat(clientEvents(Action.CLOSED)).first()
                .satisfies(e -> assertThat(e.flow().dst()).isEqualTo(Lab.S2));
        assertThat(app.received).isEqualTo(SIZE);
        assertThat(app.intact()).isTrue();
    }

    @Test
    void abortingSendsMpFastcloseOnEverySubflowAndResetsThePeer() {
        startDownload();
        client.abort();
        lab.runFor(Time.millis(100));
        List<Packet> rsts = lab.sent(lab.client).stream().map(e -> e.packet())
                .filter(p -> p.hasFlag(TcpFlags.RST) && p.tcp().find(MpFastclose.class).isPresent()).toList();
        MptcpConnection server = servers.get(0);
        assertThat(rsts).extracting(Packet::srcPort).doesNotHaveDuplicates();
        assertThat(rsts).hasSize(2).allSatisfy(p -> assertThat(p.tcp().find(MpFastclose.class).orElseThrow()
                .receiverKey()).isEqualTo(server.localKey().key()));
        assertThat(server.phase()).isEqualTo(MptcpConnection.Phase.CLOSED);
        assertThat(server.endReason()).isEqualTo("MP_FASTCLOSE received");
        assertThat(client.phase()).isEqualTo(MptcpConnection.Phase.CLOSED);
        assertThat(app.events).noneMatch(e -> e.startsWith("reset"));
    }
}
