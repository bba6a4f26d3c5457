package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.trace.CongestionEvent;

/**
 * The samples with which {@link FaultProperties} once failed as "unfinished" (jqwik seed
 * 1813488329809705409), replayed exactly. Nothing hung: the server's SYN/ACK had been lost, so it had
 * no RTT sample (Karn, RFC 6298 §3) and backed off its data retransmissions from the 1 s initial RTO
 * (§5.5) to the 120 s cap. Its 15th retransmission, the first after the loss burst, left at 1088 s:
 * past the 1000 s the fault runs lasted then, within the 15 allowed (Linux tcp_retries2). The runs
 * now outlast every timeout ({@link FaultNetworks#DURATION}).
 */
class StalledTransferRegressionTest {
    /** The shrunk sample: plain TCP behind the load balancer, SYN/ACK lost to a flap, data to a burst. */
    private static final FaultMix SHRUNK = new FaultMix(1, Topo.L4LB, Workload.TCP, Traffic.BULK, 1, 6, 2, 6, 25, 0,
            0);
    /** The original sample: fixed MPTCP over anycast, with a server withdrawn meanwhile. */
    private static final FaultMix ORIGINAL = new FaultMix(311509, Topo.ANYCAST, Workload.MPTCP_FIXED, Traffic.BULK, 1,
            9, 141, 16, 24, 0, 8);
    /** A third sample the property found the same way (another seed, request/response, churn). */
    private static final FaultMix REQUESTS = new FaultMix(152, Topo.L4LB, Workload.TCP, Traffic.REQUEST_RESPONSE, 2,
            11, 19, 14, 22, 1, 253);
    private static final long FORMER_DURATION = Time.seconds(1000);

    @Test
    void theShrunkSampleDeliversTheWholeStreamAfterTheFormerEndOfTheRun() {
        FaultRun run = SHRUNK.run();

        assertThat(run.verdict()).isEqualTo(new Verdict(Verdict.Kind.INTACT, ""));
        assertThat(run.endTime()).isGreaterThan(FORMER_DURATION).isLessThan(FaultNetworks.DURATION);
    }

    @Test
    void theOriginalSampleDeliversTheWholeStream() {
        FaultRun run = ORIGINAL.run();

        assertThat(run.verdict()).isEqualTo(new Verdict(Verdict.Kind.INTACT, ""));
        assertThat(run.endTime()).isGreaterThan(FORMER_DURATION).isLessThan(FaultNetworks.DURATION);
    }

    @Test
    void theRequestResponseSampleEndsAcceptably() {
        FaultRun run = REQUESTS.run();

        assertThat(run.verdict().acceptable()).as("verdict %s", run.verdict()).isTrue();
    }

    @Test
    void theServerWithoutAnRttSampleRetransmitsFifteenTimesBackingOffFromOneSecond() {
        ScenarioRun run = ScenarioRun.build(SHRUNK.faulty(), SHRUNK.seed());
        List<CongestionEvent> timeouts = new ArrayList<>();
        run.addSink(e -> {
            if (e instanceof CongestionEvent c && c.cause().equals("rto") && c.node().equals("s2")) {
                timeouts.add(c);
            }
        });
        run.run();

        assertThat(timeouts).hasSize(15).allSatisfy(c -> assertThat(c.srttNanos()).isZero());
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < timeouts.size(); i++) {
            gaps.add((timeouts.get(i).time() - timeouts.get(i - 1).time()) / Time.SECOND);
        }
        assertThat(gaps).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L, 120L, 120L, 120L, 120L, 120L, 120L);
        assertThat(timeouts.get(14).time()).isGreaterThan(FORMER_DURATION);
    }

    @Test
    void aSenderWithoutAnRttSampleGivesUpWithinTheRunWhenTheBurstOutlastsItsRetries() {
        FaultMix longBurst = new FaultMix(1, Topo.L4LB, Workload.TCP, Traffic.BULK, 1, 6, 2, 6, 40, 0, 0);

        FaultRun run = longBurst.run();

        assertThat(run.verdict().kind()).isEqualTo(Verdict.Kind.FAILED);
        assertThat(run.verdict().reason()).startsWith("peer gave up").contains("15 retransmissions without answer");
        assertThat(run.endTime()).isGreaterThan(Time.seconds(1207)).isLessThan(FaultNetworks.DURATION);
    }

    @Test
    void theRunOutlastsTheSlowestHandshakeFollowedByTheSlowestDataGiveUp() {
        TcpConfig tcp = TcpConfig.defaults();
        long handshake = 0;
        for (int k = 0; k < tcp.synRetries(); k++) {
            handshake += tcp.initialRto() << k;
        }
        long giveUp = 0;
        for (int k = 0; k <= tcp.dataRetries(); k++) {
            giveUp += Math.min(tcp.initialRto() << k, tcp.maxRto());
        }

        assertThat(giveUp).isEqualTo(Time.seconds(1207));
        assertThat(handshake + giveUp).isLessThan(FaultNetworks.DURATION);
    }
}
