package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One simulated minute of the anycast soak (the 10-minute run is {@link AnycastSoak}, on demand):
 * short TCP and MPTCP downloads under route churn must keep making progress, stay intact, and leave
 * no growing residue: live connections, MPTCP connections and pending timers stay within bounds set
 * by the workload, not by elapsed time. Heap bytes and wall time are not asserted (they go in the
 * report).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnycastSoakTest {
    private final SoakSetup setup = SoakSetup.oneMinute();
    private final List<SoakSample> samples = new ArrayList<>();

    @BeforeAll
    void soakForOneMinute() {
        SoakWorld world = new SoakWorld(setup);
        for (long t = setup.sample(); t <= setup.duration(); t += setup.sample()) {
            samples.add(world.runUntil(t));
        }
    }

    @Test
    void everySampleShowsProgressAndNoCorruption() {
        assertThat(samples).hasSize(12);
        for (int i = 1; i < samples.size(); i++) {
            assertThat(samples.get(i).completed()).as("downloads completed by %s", samples.get(i).time())
                    .isGreaterThan(samples.get(i - 1).completed());
        }
        assertThat(samples).allSatisfy(s -> assertThat(s.corrupt()).isZero());
        assertThat(samples.get(samples.size() - 1).completed()).isGreaterThan(1000);
    }

    @Test
    void liveTcpConnectionsAreBoundedByTheRecentConnectionsNotByTime() {
        // TIME_WAIT (5 s here) holds each finished connection for a while; anything older must be gone.
        int clients = setup.tcpClients() + setup.mptcpClients();
        for (int i = 2; i < samples.size(); i++) {
            long recent = samples.get(i).opened() - samples.get(i - 2).opened();
            assertThat((long) samples.get(i).tcpConnections()).as("live TCP at %s", samples.get(i).time())
                    .isLessThanOrEqualTo(2 * recent + 4L * clients);
        }
    }

    @Test
    void mptcpConnectionsAndPendingTimersStayFlat() {
        int clients = setup.tcpClients() + setup.mptcpClients();
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.mptcpConnections()).isLessThanOrEqualTo(2 * setup.mptcpClients() + 4);
            assertThat(s.pendingEvents()).isLessThanOrEqualTo(20 * clients);
        });
        int half = samples.size() / 2;
        int firstHalfMax = samples.subList(1, half).stream().mapToInt(SoakSample::tcpConnections).max().orElseThrow();
        int secondHalfMax = samples.subList(half, samples.size()).stream().mapToInt(SoakSample::tcpConnections).max()
                .orElseThrow();
        assertThat(secondHalfMax).as("live TCP connections, second half vs first").isLessThan(firstHalfMax * 3 / 2);
    }

    @Test
    void everyConnectionEndsCompletedOrResetExceptTheOnesStillRunning() {
        SoakSample last = samples.get(samples.size() - 1);
        assertThat(last.opened() - last.completed() - last.resets()).as("connections in progress at the end")
                .isBetween(0L, (long) setup.tcpClients() + setup.mptcpClients());
    }
}
