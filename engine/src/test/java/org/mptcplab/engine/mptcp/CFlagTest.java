package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.mptcp.Packets.has;
import static org.mptcplab.engine.mptcp.Packets.packets;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;

/**
 * Given a server with {@code allow_join_initial_addr_port=0} (the ICNP 2017 fix, RFC 8684 §3.1 flag C)
 * that advertises S2, and a full-mesh client with two addresses, then the client never opens a
 * subflow to the server's initial address and port.
 */
class CFlagTest {
    private final Lab lab = new Lab();
    private final List<Sink> sinks = new ArrayList<>();
    private MptcpConnection client;

    private void connect(boolean allowJoinInitial) {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), new FullMeshPathManager(List.of()));
        MptcpConfig serverConfig = MptcpConfig.defaults().toBuilder().allowJoinInitialAddrPort(allowJoinInitial)
                .build();
        MptcpStack s = lab.mptcp(lab.server, serverConfig, new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        s.listen(Lab.PORT, Sink.accepting(sinks));
        client = c.connect(Lab.C1, Lab.S1, Lab.PORT, new Sink());
        client.write(100_000);
        lab.runFor(Time.millis(300));
    }

    private List<Packet> joinSyns() {
        return packets(lab.sent(lab.client), has(MpJoinSyn.class));
    }

    @Test
    void theServerSetsFlagCInItsSynAck() {
        connect(false);
        MpCapableSynAck synAck = packets(lab.sent(lab.server), has(MpCapableSynAck.class)).get(0).tcp()
                .find(MpCapableSynAck.class).orElseThrow();
        assertThat(MpCapableFlags.has(synAck.flags(), MpCapableFlags.NO_JOIN_TO_SOURCE)).isTrue();
    }

    @Test
    void withFlagCTheClientJoinsOnlyTheAdvertisedAddress() {
        connect(false);
        assertThat(joinSyns()).extracting(p -> p.src() + " > " + p.dst())
                .containsExactlyInAnyOrder("10.0.1.1 > 10.0.3.1", "10.0.4.1 > 10.0.3.1");
        assertThat(client.paths().joinToInitialAllowed()).isFalse();
        assertThat(client.paths().openSubflow(Lab.C2, Lab.S1, Lab.PORT, false)).isFalse();
    }

    @Test
    void withoutFlagCTheFullMeshClientAlsoJoinsTheInitialAddress() {
        connect(true);
        assertThat(joinSyns()).extracting(p -> p.src() + " > " + p.dst())
                .containsExactlyInAnyOrder("10.0.4.1 > 10.0.2.1", "10.0.1.1 > 10.0.3.1", "10.0.4.1 > 10.0.3.1");
        assertThat(sinks.get(0).received).isEqualTo(100_000);
        assertThat(sinks.get(0).intact()).isTrue();
    }
}
