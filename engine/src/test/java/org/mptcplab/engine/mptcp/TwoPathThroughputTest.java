package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.sim.Time;

/**
 * Given a client and a server joined by two disjoint 1 Gbit/s paths (C1-S1 and C2-S2), when one
 * MPTCP connection downloads in bulk, then it uses both: more than 1.7 Gbit/s of goodput, measured
 * over 2 s once the second subflow is up (issue E2 acceptance).
 */
class TwoPathThroughputTest {
    private static final long GIGABIT = 1_000_000_000L;

    @Test
    void oneConnectionOverTwoDisjointGigabitPathsMovesMoreThan1Point7Gbps() {
        // 0.5 ms per link: 2 ms RTT, a 250 KB window per path; queues of 200 packets hold more than that.
        LinkConfig link = LinkConfig.of(GIGABIT, Time.micros(500)).withQueueLimitPackets(200);
        Lab lab = new Lab(3, link, false);
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.fullmesh(Lab.C2))));
        MptcpStack server = lab.mptcp(lab.server, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        server.listen(Lab.PORT, sock -> {
            sock.write(1L << 40);
            return null;
        });
        Sink app = new Sink();
        MptcpConnection c = client.connect(Lab.C1, Lab.S1, Lab.PORT, app);
        lab.runFor(Time.millis(500));
        assertThat(c.paths().subflows()).extracting(s -> s.flow().src() + " > " + s.flow().dst())
                .containsExactly("10.0.1.1 > 10.0.2.1", "10.0.4.1 > 10.0.3.1");
        long before = app.received;
        lab.runFor(Time.seconds(2));
        double gbps = (app.received - before) * 8.0 / 2 / GIGABIT;
        assertThat(gbps).isGreaterThan(1.7);
        assertThat(app.intact()).isTrue();
    }
}
