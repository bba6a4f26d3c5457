package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.MpPrio;

/**
 * Given a server running the ICNP 2017 "loadbalancing" path manager with unique address S2 behind
 * its initial address S1, when a client downloads, then the client joins S2, the initial subflow is
 * made backup with MP_PRIO (RFC 8684 §3.3.8), bulk data leaves S1, and "beyond DSR" the initial
 * subflow is closed altogether.
 */
class LoadBalancingPathManagerTest {
    private static final long SIZE = 3_000_000;
    private final Lab lab = new Lab();
    private final Sink app = new Sink();

    private void download(boolean closeInitial) {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpConfig serverConfig = MptcpConfig.defaults().toBuilder().allowJoinInitialAddrPort(false).build();
        MptcpStack s = lab.mptcp(lab.server, serverConfig, new LoadBalancingPathManager(Lab.S2, closeInitial));
        s.listen(Lab.PORT, sock -> {
            sock.write(SIZE);
            sock.close();
            return null;
        });
        c.connect(null, Lab.S1, Lab.PORT, app);
        lab.runFor(Time.seconds(3));
    }

    private SubflowEvent first(String node, Action action) {
        return lab.subflowEvents(node).stream().filter(e -> e.action() == action).findFirst().orElseThrow();
    }

    private long dataBytesFrom(long after) {
        return lab.sent(lab.server).stream().filter(e -> e.time() > after && e.packet().src().equals(Lab.S1))
                .mapToLong(e -> e.packet().payloadLength()).sum();
    }

    @Test
    void theInitialSubflowBecomesBackupOnceTheDirectSubflowIsUp() {
        download(false);
        SubflowEvent direct = lab.subflowEvents("server").stream()
                .filter(e -> e.action() == Action.ESTABLISHED && e.flow().src().equals(Lab.S2)).findFirst()
                .orElseThrow();
        List<PacketEvent> prio = lab.sent(lab.server).stream()
                .filter(e -> e.packet().tcp().find(MpPrio.class).isPresent()).toList();
        assertThat(prio).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo(direct.time());
            assertThat(e.packet().src()).isEqualTo(Lab.S1);
            assertThat(e.packet().tcp().find(MpPrio.class).orElseThrow().backup()).isTrue();
        });
        assertThat(first("client", Action.PRIORITY_CHANGED).reason()).isEqualTo("backup (MP_PRIO received)");
        // What the initial subflow had in flight drains within a round trip; nothing new follows.
        assertThat(dataBytesFrom(direct.time() + Time.millis(60))).isZero();
        assertThat(app.received).isEqualTo(SIZE);
        assertThat(app.intact()).isTrue();
    }

    @Test
    void beyondDsrTheInitialSubflowIsClosedAndTheTransferGoesOn() {
        download(true);
        SubflowEvent closed = lab.subflowEvents("client").stream()
                .filter(e -> e.action() == Action.CLOSED && e.flow().dst().equals(Lab.S1)).findFirst().orElseThrow();
        assertThat(closed.time()).isLessThan(Time.seconds(1));
        assertThat(app.received).isEqualTo(SIZE);
        assertThat(app.intact()).isTrue();
        assertThat(app.events).contains("remote-closed", "closed");
    }
}
