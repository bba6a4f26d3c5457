package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

class PathManagerTest {
    private static final IpAddress C1 = IpAddress.parse("10.0.1.1");
    private static final IpAddress C2 = IpAddress.parse("10.0.4.1");
    private static final IpAddress VIP = IpAddress.parse("1.2.3.4");
    private static final IpAddress UNIQUE = IpAddress.parse("5.6.7.1");
    private static final FiveTuple CLIENT_FLOW = new FiveTuple(C1, VIP, 40000, 80, FiveTuple.TCP);
    private static final FiveTuple SERVER_FLOW = CLIENT_FLOW.reversed();

    private static RecordingPaths client(IpAddress... locals) {
        return new RecordingPaths(false, CLIENT_FLOW, List.of(locals));
    }

    private static RecordingPaths server() {
        return new RecordingPaths(true, SERVER_FLOW, List.of(VIP, UNIQUE));
    }

    @Test
    void theInKernelServerAnnouncesItsSignalEndpoints() {
        RecordingPaths s = server();
        new InKernelPathManager(List.of(Endpoint.signal(UNIQUE))).connectionEstablished(s);
        assertThat(s.actions).containsExactly("announce 5.6.7.1");
    }

    @Test
    void theInKernelClientOpensASubflowFromEachSubflowEndpointToTheInitialAddress() {
        RecordingPaths c = client(C1, C2);
        new InKernelPathManager(List.of(Endpoint.subflow(C2))).connectionEstablished(c);
        assertThat(c.actions).containsExactly("open 10.0.4.1 > 1.2.3.4:80");
    }

    @Test
    void theInKernelClientOpensNothingToAnInitialAddressBannedByFlagC() {
        RecordingPaths c = client(C1, C2);
        c.joinAllowed = false;
        new InKernelPathManager(List.of(Endpoint.subflow(C2))).connectionEstablished(c);
        assertThat(c.actions).isEmpty();
    }

    @Test
    void theInKernelClientJoinsAnAnnouncedAddressFromItsInitialAddress() {
        RecordingPaths c = client(C1, C2);
        new InKernelPathManager(List.of()).addressAnnounced(c, new RemoteAddress(1, UNIQUE, OptionalInt.empty()));
        assertThat(c.actions).containsExactly("open 10.0.1.1 > 5.6.7.1:80");
    }

    @Test
    void anAnnouncedPortIsUsedForTheJoin() {
        RecordingPaths c = client(C1);
        new InKernelPathManager(List.of()).addressAnnounced(c, new RemoteAddress(1, UNIQUE, OptionalInt.of(8080)));
        assertThat(c.actions).containsExactly("open 10.0.1.1 > 5.6.7.1:8080");
    }

    @Test
    void fullmeshEndpointsEachJoinAnAnnouncedAddress() {
        RecordingPaths c = client(C1, C2);
        new InKernelPathManager(List.of(Endpoint.fullmesh(C1), Endpoint.fullmesh(C2)))
                .addressAnnounced(c, new RemoteAddress(1, UNIQUE, OptionalInt.empty()));
        assertThat(c.actions).containsExactly("open 10.0.1.1 > 5.6.7.1:80", "open 10.0.4.1 > 5.6.7.1:80");
    }

    @Test
    void theFullMeshClientConnectsEveryLocalAddressToEveryKnownRemoteOnce() {
        RecordingPaths c = client(C1, C2);
        c.remotes.add(new RemoteAddress(1, UNIQUE, OptionalInt.empty()));
        new FullMeshPathManager(List.of()).connectionEstablished(c);
        assertThat(c.actions).containsExactly("open 10.0.1.1 > 5.6.7.1:80", "open 10.0.4.1 > 1.2.3.4:80",
                "open 10.0.4.1 > 5.6.7.1:80");
    }

    @Test
    void theFullMeshClientLeavesOutTheInitialAddressWhenFlagCBansIt() {
        RecordingPaths c = client(C1, C2);
        c.joinAllowed = false;
        c.remotes.add(new RemoteAddress(1, UNIQUE, OptionalInt.empty()));
        new FullMeshPathManager(List.of()).addressAnnounced(c, c.remotes.get(0));
        assertThat(c.actions).containsExactly("open 10.0.1.1 > 5.6.7.1:80", "open 10.0.4.1 > 5.6.7.1:80");
    }

    @Test
    void theLoadBalancingServerAnnouncesItsUniqueAddress() {
        RecordingPaths s = server();
        new LoadBalancingPathManager(UNIQUE, false).connectionEstablished(s);
        assertThat(s.actions).containsExactly("announce 5.6.7.1");
    }

    @Test
    void theLoadBalancingServerMakesTheInitialSubflowBackupOnceADirectOneIsUp() {
        RecordingPaths s = server();
        SubflowInfo direct = new SubflowInfo(1, new FiveTuple(UNIQUE, C1, 80, 40001, FiveTuple.TCP), false, false,
                true, 1, 0);
        s.subflows.add(direct);
        new LoadBalancingPathManager(UNIQUE, false).subflowEstablished(s, direct);
        assertThat(s.actions).containsExactly("backup 0 true");
    }

    @Test
    void beyondDsrTheInitialSubflowIsAlsoClosed() {
        RecordingPaths s = server();
        SubflowInfo direct = new SubflowInfo(1, new FiveTuple(UNIQUE, C1, 80, 40001, FiveTuple.TCP), false, false,
                true, 1, 0);
        s.subflows.add(direct);
        new LoadBalancingPathManager(UNIQUE, true).subflowEstablished(s, direct);
        assertThat(s.actions).containsExactly("backup 0 true", "close 0");
    }

    @Test
    void theLoadBalancingManagerIgnoresTheInitialSubflowsOwnEstablishment() {
        RecordingPaths s = server();
        new LoadBalancingPathManager(UNIQUE, true).subflowEstablished(s, s.subflows.get(0));
        assertThat(s.actions).isEmpty();
    }
}
