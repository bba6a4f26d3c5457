package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.TraceEvent;

/** The same seed gives the same MPTCP run, event for event; another seed gives other keys. */
class MptcpDeterminismTest {
    private static List<String> run(long seed) {
        Lab lab = new Lab(seed, LinkConfig.of(50_000_000L, Time.millis(2)).withLoss(0.01), true);
        lab.mb.reorderProbability = 0.1;
        lab.mb.maxExtraDelay = Time.millis(2);
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(), new FullMeshPathManager(List.of()));
        MptcpStack server = lab.mptcp(lab.server, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        server.listen(Lab.PORT, Sink.accepting(new ArrayList<>()));
        MptcpConnection c = client.connect(Lab.C1, Lab.S1, Lab.PORT, new Sink());
        c.write(300_000);
        c.close();
        lab.runFor(Time.seconds(5));
        return lab.recorder.events().stream().map(TraceEvent::toString).toList();
    }

    @Test
    void theSameSeedReplaysTheSameTrace() {
        List<String> first = run(42);
        assertThat(first).hasSizeGreaterThan(1000);
        assertThat(run(42)).isEqualTo(first);
    }

    @Test
    void anotherSeedDrawsOtherKeys() {
        assertThat(run(43)).isNotEqualTo(run(42));
    }
}
